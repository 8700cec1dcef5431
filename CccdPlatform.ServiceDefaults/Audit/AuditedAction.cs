namespace CccdPlatform.ServiceDefaults.Audit;

/// <summary>Endpoint metadata: requests to this endpoint are audited under <paramref name="Name"/>.</summary>
public sealed record AuditedAction(string Name);
