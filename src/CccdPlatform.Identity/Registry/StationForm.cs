namespace CccdPlatform.Identity.Registry;

/// <summary>The body of <c>PUT /api/identity/registry/stations/{code}</c>.</summary>
public sealed record StationForm(string? UnitCode, string? Name);
