namespace CccdPlatform.EIdentification.Apis;

/// <summary>Why a supervisor locks an account (kept with the account, not put in events).</summary>
public sealed record LockAccount(string? Reason);
