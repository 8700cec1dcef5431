using CccdPlatform.ServiceDefaults;

namespace CccdPlatform.Integrations.Infrastructure;

/// <summary>Wakes the webhook sender when deliveries were replayed, so they do not wait for the next poll.</summary>
public sealed class DeliverySignal : WakeSignal;
