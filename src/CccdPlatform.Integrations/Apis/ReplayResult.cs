namespace CccdPlatform.Integrations.Apis;

/// <param name="Replayed">Deliveries put back in line for a fresh series of attempts.</param>
public sealed record ReplayResult(int Replayed);
