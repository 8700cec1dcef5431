using MassTransit;

namespace CccdPlatform.Reporting.Tests;

/// <summary>Publishes events on the test virtual host as intake or e-identification would, with the MessageId given.</summary>
public sealed class EventPublisher : IAsyncDisposable
{
    private readonly IBusControl _bus;

    private EventPublisher(IBusControl bus) => _bus = bus;

    public static async Task<EventPublisher> StartAsync(string amqpConnectionString)
    {
        var bus = Bus.Factory.CreateUsingRabbitMq(rabbit => rabbit.Host(new Uri(amqpConnectionString)));
        await bus.StartAsync();
        return new EventPublisher(bus);
    }

    public async Task<Guid> PublishAsync(object message, Guid? messageId = null)
    {
        var id = messageId ?? Guid.NewGuid();
        await _bus.Publish(message, message.GetType(), context => context.MessageId = id);
        return id;
    }

    public async ValueTask DisposeAsync() => await _bus.StopAsync();
}
