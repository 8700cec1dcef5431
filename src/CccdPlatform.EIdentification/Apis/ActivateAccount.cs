namespace CccdPlatform.EIdentification.Apis;

/// <summary>The one-time code the citizen received on their phone.</summary>
public sealed record ActivateAccount(string? Code);
