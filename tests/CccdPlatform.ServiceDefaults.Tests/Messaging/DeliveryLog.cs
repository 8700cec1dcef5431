using System.Collections.Concurrent;
using MassTransit;

namespace CccdPlatform.ServiceDefaults.Tests.Messaging;

/// <summary>
/// Counts deliveries the receive endpoint has finished with, by MessageId, including those the inbox skipped
/// without calling the consumer: the only way to know a duplicate has been dealt with.
/// </summary>
public sealed class DeliveryLog : IReceiveObserver
{
    private readonly ConcurrentDictionary<Guid, int> _finished = new();

    public int Finished(Guid messageId) => _finished.GetValueOrDefault(messageId);

    public Task PostReceive(ReceiveContext context)
    {
        if (context.GetMessageId() is { } messageId)
        {
            _finished.AddOrUpdate(messageId, 1, (_, count) => count + 1);
        }

        return Task.CompletedTask;
    }

    public Task PreReceive(ReceiveContext context) => Task.CompletedTask;

    public Task PostConsume<T>(ConsumeContext<T> context, TimeSpan duration, string consumerType) where T : class =>
        Task.CompletedTask;

    public Task ConsumeFault<T>(ConsumeContext<T> context, TimeSpan duration, string consumerType, Exception exception)
        where T : class => Task.CompletedTask;

    public Task ReceiveFault(ReceiveContext context, Exception exception) => Task.CompletedTask;
}
