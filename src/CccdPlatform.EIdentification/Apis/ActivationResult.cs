using CccdPlatform.EIdentification.Model;

namespace CccdPlatform.EIdentification.Apis;

/// <summary>What the citizen's app learns on activation: no identity data.</summary>
public sealed record ActivationResult(Guid AccountId, int Level, AccountState State, DateTimeOffset ActivatedAt);
