using System.Collections.Concurrent;
using System.Diagnostics;
using OpenTelemetry;

namespace CccdPlatform.TestSupport;

/// <summary>Stands in for the OTLP exporter: the spans that would have reached the dashboard.</summary>
public sealed class ExportedSpans : BaseExporter<Activity>
{
    private readonly ConcurrentQueue<Activity> _spans = new();

    public IReadOnlyCollection<Activity> All => _spans.ToArray();

    public IReadOnlyList<Activity> Of(ActivityTraceId trace) => _spans.Where(span => span.TraceId == trace).ToList();

    public override ExportResult Export(in Batch<Activity> batch)
    {
        foreach (var span in batch)
        {
            _spans.Enqueue(span);
        }

        return ExportResult.Success;
    }
}
