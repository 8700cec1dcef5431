namespace CccdPlatform.Identity.Model;

/// <summary>Who asks to see or change officer accounts: from a token's claims or a signed-in officer.</summary>
public sealed record Manager(string Subject, string Role, string UnitCode);
