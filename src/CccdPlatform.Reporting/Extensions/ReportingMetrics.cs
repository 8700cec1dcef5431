using System.Diagnostics.Metrics;
using CccdPlatform.Reporting.Projections;

namespace CccdPlatform.Reporting.Extensions;

/// <summary>Reporting's metrics: how far the figures lag behind the events they count.</summary>
public sealed class ReportingMetrics
{
    public const string MeterName = "CccdPlatform.Reporting";
    public const string ProjectionLag = "cccd.reporting.projection.lag";

    private readonly Histogram<double> _lag;

    public ReportingMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _lag = meter.CreateHistogram<double>(ProjectionLag, "s",
            "Time from an event's occurrence in its service to its projection into the reports being committed, by event type.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 900, 3600] });
    }

    /// <summary>Records the events of a committed projection batch.</summary>
    public void Projected(IEnumerable<object> events, DateTimeOffset committedAt)
    {
        foreach (var e in events)
        {
            _lag.Record(Math.Max(0, (committedAt - ProjectedEvents.OccurredAt(e)).TotalSeconds),
                new KeyValuePair<string, object?>("cccd.event.type", e.GetType().Name));
        }
    }
}
