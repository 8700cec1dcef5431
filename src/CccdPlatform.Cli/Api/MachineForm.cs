namespace CccdPlatform.Cli.Api;

/// <summary>The body of the identity service's <c>PUT /api/identity/registry/machines/{id}</c>.</summary>
public sealed record MachineForm(string UnitCode, string Name, string? TeamCode, string? StationCode);
