using System.Collections.Concurrent;
using MassTransit;

namespace CccdPlatform.ServiceDefaults.Tests.Messaging;

/// <summary>Every time <see cref="ProbeConsumer"/> ran, and which events it must fail once.</summary>
public sealed class ConsumerLog
{
    private readonly ConcurrentQueue<Attempt> _attempts = new();
    private readonly ConcurrentDictionary<Guid, bool> _failOnce = new();

    public sealed record Attempt(Guid EventId, Guid? MessageId);

    public void FailFirstAttempt(Guid eventId) => _failOnce[eventId] = true;

    public IReadOnlyList<Attempt> AttemptsAt(Guid eventId) =>
        _attempts.Where(a => a.EventId == eventId).ToList();

    /// <summary>Records an attempt and says whether it must fail.</summary>
    public bool Record(ConsumeContext<UnitActivityRecorded> context)
    {
        _attempts.Enqueue(new Attempt(context.Message.Id, context.MessageId));
        return _failOnce.TryRemove(context.Message.Id, out _);
    }
}
