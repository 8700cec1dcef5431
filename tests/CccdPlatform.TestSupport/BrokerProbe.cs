using System.Collections.Concurrent;
using System.Diagnostics;
using MassTransit;

namespace CccdPlatform.TestSupport;

/// <summary>A bus of its own on a test virtual host: publishes as another service would and records what arrives.</summary>
public sealed class BrokerProbe<TMessage> : IAsyncDisposable where TMessage : class
{
    private readonly IBusControl _bus;

    private BrokerProbe(IBusControl bus) => _bus = bus;

    public ConcurrentQueue<ConsumeContext<TMessage>> Received { get; } = new();

    /// <summary>The trace each message was consumed in, by MessageId (recorded while an activity listener is active).</summary>
    public ConcurrentDictionary<Guid, ActivityTraceId> TraceIds { get; } = new();

    public static async Task<BrokerProbe<TMessage>> StartAsync(string amqpConnectionString)
    {
        BrokerProbe<TMessage>? probe = null;
        var bus = Bus.Factory.CreateUsingRabbitMq(rabbit =>
        {
            rabbit.Host(new Uri(amqpConnectionString));
            rabbit.ReceiveEndpoint($"probe-{Guid.NewGuid():N}", endpoint =>
            {
                endpoint.AutoDelete = true;
                endpoint.Durable = false;
                endpoint.Handler<TMessage>(context =>
                {
                    if (Activity.Current is { } activity && context.MessageId is { } id)
                    {
                        probe!.TraceIds[id] = activity.TraceId;
                    }

                    probe!.Received.Enqueue(context);
                    return Task.CompletedTask;
                });
            });
        });
        probe = new BrokerProbe<TMessage>(bus);
        await bus.StartAsync();
        return probe;
    }

    public Task PublishAsync(TMessage message, Guid messageId) =>
        _bus.Publish(message, context => context.MessageId = messageId);

    public Task<ConsumeContext<TMessage>> WaitForAsync(Func<TMessage, bool> match, TimeSpan? timeout = null) =>
        Eventually.ReturnsAsync(() => Received.FirstOrDefault(c => match(c.Message)), timeout);

    public async ValueTask DisposeAsync() => await _bus.StopAsync();
}
