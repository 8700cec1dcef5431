namespace CccdPlatform.Identity.Model;

/// <summary>An account to create; the password is generated and shown once.</summary>
public sealed record NewOfficer(string? UserName, string? DisplayName, string? Role, string? UnitCode, string? TeamCode);
