namespace CccdPlatform.Identity.Apis;

/// <summary>An account with its one-time password: shown once, to be changed at the first sign-in.</summary>
public sealed record IssuedPassword(OfficerView Officer, string OneTimePassword);
