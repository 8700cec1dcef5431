using CccdPlatform.Biometrics.Model;

namespace CccdPlatform.Biometrics.Apis;

/// <summary>A supervisor's decision on a suspected duplicate, with the reason.</summary>
public sealed record DecideDuplicate(DuplicateDecision? Decision, string? Reason);
