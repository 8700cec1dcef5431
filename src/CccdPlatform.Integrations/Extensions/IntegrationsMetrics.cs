using System.Diagnostics.Metrics;
using CccdPlatform.Integrations.Model;

namespace CccdPlatform.Integrations.Extensions;

/// <summary>Integrations' metrics: what became of each webhook delivery attempt, once its outcome is recorded.</summary>
public sealed class IntegrationsMetrics
{
    public const string MeterName = "CccdPlatform.Integrations";
    public const string WebhookDeliveries = "cccd.integrations.webhook.deliveries";

    private readonly Counter<long> _deliveries;

    public IntegrationsMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _deliveries = meter.CreateCounter<long>(WebhookDeliveries, "{attempt}",
            "Webhook delivery attempts by the state they left the delivery in: Delivered, Retried (to be tried again) or Parked.");
    }

    /// <summary>One attempt, by the delivery's state after it: still pending means it will be retried.</summary>
    public void Attempted(DeliveryState after) => _deliveries.Add(1, new KeyValuePair<string, object?>(
        "cccd.delivery.state", after == DeliveryState.Pending ? "Retried" : after.ToString()));
}
