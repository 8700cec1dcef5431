using System.Diagnostics.Metrics;
using Microsoft.EntityFrameworkCore;

namespace CccdPlatform.ServiceDefaults.Messaging;

/// <summary>
/// The outbox's backlog as the dispatcher last saw it when it claimed a batch: the rows waiting to be published and
/// how long the oldest has waited. Collecting the metrics runs no query; the dispatcher's own claim is the measure.
/// </summary>
public sealed class OutboxMetrics
{
    public const string Pending = "cccd.outbox.pending";
    public const string OldestAge = "cccd.outbox.oldest.age";

    // A backlog is counted at most this often, not once per batch that drains it.
    private static readonly TimeSpan CountInterval = TimeSpan.FromSeconds(5);

    private readonly TimeProvider _clock;
    private readonly Lock _lock = new();
    private long _pending;
    private DateTimeOffset? _oldest;
    private DateTimeOffset _nextCount = DateTimeOffset.MinValue;

    public OutboxMetrics(IMeterFactory meters, TimeProvider clock)
    {
        _clock = clock;
        var meter = meters.Create(TelemetryNames.Meter);
        meter.CreateObservableGauge(Pending, () => Volatile.Read(ref _pending), "{message}",
            "Outbox rows committed and not yet published, as the dispatcher last saw them.");
        meter.CreateObservableGauge(OldestAge, ObserveOldestAge, "s",
            "How long the oldest unpublished outbox row has waited since it was committed.");
    }

    /// <summary>Takes the measure from a claimed batch (oldest first), inside the dispatcher's transaction.</summary>
    public async Task ObserveAsync(DbContext db, IReadOnlyList<OutboxMessage> claimed, int batchSize, CancellationToken cancellationToken)
    {
        var now = _clock.GetUtcNow();
        lock (_lock)
        {
            _oldest = claimed.Count == 0 ? null : claimed[0].CreatedAt;
            if (claimed.Count < batchSize)
            {
                Volatile.Write(ref _pending, claimed.Count);
                return;
            }

            // A full batch: more rows wait behind it, so count them all.
            if (now < _nextCount)
            {
                return;
            }

            _nextCount = now + CountInterval;
        }

        var pending = await db.Set<OutboxMessage>().LongCountAsync(m => m.SentAt == null && m.Error == null, cancellationToken);
        Volatile.Write(ref _pending, pending);
    }

    private double ObserveOldestAge()
    {
        DateTimeOffset? oldest;
        lock (_lock)
        {
            oldest = _oldest;
        }

        return oldest is { } createdAt ? Math.Max(0, (_clock.GetUtcNow() - createdAt).TotalSeconds) : 0;
    }
}
