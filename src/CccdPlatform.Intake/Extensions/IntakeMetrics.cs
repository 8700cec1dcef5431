using System.Diagnostics.Metrics;
using CccdPlatform.Intake.Apis;
using CccdPlatform.Intake.Model;

namespace CccdPlatform.Intake.Extensions;

/// <summary>Intake's business metrics, each recorded once the change it counts has committed.</summary>
public sealed class IntakeMetrics
{
    public const string MeterName = "CccdPlatform.Intake";
    public const string ApplicationsReceived = "cccd.intake.applications.received";
    public const string BatchItems = "cccd.intake.batch.items";

    private readonly Counter<long> _received;
    private readonly Counter<long> _batchItems;

    public IntakeMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _received = meter.CreateCounter<long>(ApplicationsReceived, "{application}",
            "Applications received (single or in a batch), by channel and visit type.");
        _batchItems = meter.CreateCounter<long>(BatchItems, "{item}",
            "Items of offline batches by outcome: Created, AlreadyReceived, Conflict or Invalid.");
    }

    public void Received(CitizenApplication application) => _received.Add(1,
        new KeyValuePair<string, object?>("cccd.channel", application.Channel.ToString()),
        new KeyValuePair<string, object?>("cccd.visit_type", application.VisitType.ToString()));

    public void Batch(IEnumerable<BatchItemResult> items)
    {
        foreach (var outcome in items.CountBy(i => i.Outcome))
        {
            _batchItems.Add(outcome.Value, new KeyValuePair<string, object?>("cccd.outcome", outcome.Key.ToString()));
        }
    }
}
