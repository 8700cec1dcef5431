namespace CccdPlatform.Identity.Model;

/// <summary>
/// An integrator's system as the Admin sees it. <see cref="Source"/> says who manages it: <c>registered</c> through the
/// API or pages, or <c>configuration</c> (<c>Identity:Integrators</c>), which only the configuration changes.
/// </summary>
public sealed record Integrator(
    string ClientId, string DisplayName, string Source, bool IsActive,
    DateTimeOffset? RegisteredAt, string? RegisteredBy, DateTimeOffset? SecretIssuedAt, DateTimeOffset? RetiredAt)
{
    public const string Registered = "registered";
    public const string Configured = "configuration";
}
