namespace CccdPlatform.Identity.Model;

/// <summary>An integrator's system to register: its client id is made from the display name unless one is given.</summary>
public sealed record NewIntegrator(string? DisplayName, string? ClientId);
