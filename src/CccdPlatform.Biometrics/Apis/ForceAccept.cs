namespace CccdPlatform.Biometrics.Apis;

/// <summary>A supervisor's acceptance of a capture that failed the quality policy, with the reason.</summary>
public sealed record ForceAccept(string? Reason);
