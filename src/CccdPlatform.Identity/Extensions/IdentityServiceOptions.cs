namespace CccdPlatform.Identity.Extensions;

/// <summary>The identity service's settings, from the <c>Identity</c> configuration section.</summary>
public sealed class IdentityServiceOptions
{
    public const string Section = "Identity";

    /// <summary>
    /// Short, because the services check access tokens on their own: a disabled or signed-out officer's token works
    /// until it expires. Browser and device clients renew it with their refresh token, which the account is re-read for.
    /// </summary>
    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromMinutes(5);
    public TimeSpan RefreshTokenLifetime { get; set; } = TimeSpan.FromHours(12);

    /// <summary>How long a device flow's codes wait for an officer to allow the device.</summary>
    public TimeSpan DeviceCodeLifetime { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>A new signing key is made when the newest is older than this.</summary>
    public TimeSpan KeyRotationAge { get; set; } = TimeSpan.FromDays(30);

    /// <summary>How often the key ring is checked for a key to make or to retire.</summary>
    public TimeSpan KeyCheckInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>The province whose Admin the bootstrap creates when no Admin exists.</summary>
    public string BootstrapUnitCode { get; set; } = "38";

    public string BootstrapUserName { get; set; } = "admin";

    /// <summary>Browser applications (code flow with PKCE): client id and redirect URIs (relative to the issuer or absolute).</summary>
    public List<BrowserClient> BrowserClients { get; set; } = [];

    /// <summary>Integrators (client credentials): client id and secret.</summary>
    public List<IntegratorClient> Integrators { get; set; } = [];

    /// <summary>
    /// Citizen-facing applications (client credentials, configured like integrators): their tokens carry the
    /// <c>CitizenApp</c> role instead, which only e-identification's self-service routes admit.
    /// </summary>
    public List<IntegratorClient> CitizenApps { get; set; } = [];

    /// <summary>Device-flow clients such as <c>cccd login</c>.</summary>
    public List<string> DeviceClients { get; set; } = [];
}
