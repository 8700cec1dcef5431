namespace CccdPlatform.Identity.Model;

/// <summary>An integrator with its client secret: shown once, kept only as a hash.</summary>
public sealed record IssuedClientSecret(Integrator Integrator, string ClientSecret);
