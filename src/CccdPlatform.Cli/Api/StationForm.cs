namespace CccdPlatform.Cli.Api;

/// <summary>The body of the identity service's <c>PUT /api/identity/registry/stations/{code}</c>.</summary>
public sealed record StationForm(string UnitCode, string Name);
