namespace CccdPlatform.Identity.Registry;

/// <summary>The body of <c>PUT /api/identity/registry/machines/{id}</c>.</summary>
public sealed record MachineForm(string? UnitCode, string? Name, string? TeamCode, string? StationCode);
