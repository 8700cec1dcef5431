namespace CccdPlatform.EIdentification.Apis;

/// <summary>A new code is on its way; earlier codes no longer work.</summary>
public sealed record CodeSent(Guid AccountId, string SentTo, DateTimeOffset ExpiresAt);
