using CccdPlatform.Cli.Api;
using CccdPlatform.Cli.Http;
using CccdPlatform.Cli.SignIn;
using CccdPlatform.Cli.Simulation;
using CccdPlatform.Cli.Synthetic;
using Spectre.Console;

namespace CccdPlatform.Cli.Commands;

/// <summary>The client and the token the settings ask for.</summary>
public static class Clients
{
    /// <summary>An access token this close to expiry is renewed first, so that it does not expire on the way.</summary>
    public static readonly TimeSpan RenewalMargin = TimeSpan.FromMinutes(2);

    public static PlatformClient Create(ClientSettings settings, int connections = 4) => new(
        PlatformClient.NewHandler(connections),
        new Uri(settings.Gateway),
        settings.Intake is null ? null : new Uri(settings.Intake),
        new RetryPolicy(settings.MaxAttempts));

    /// <summary>
    /// Who the command acts as: <c>--token</c>; else a development token when --role, --unit or --subject asks for one;
    /// else the officer signed in to this gateway with <c>cccd login</c>; else a development token, as before there
    /// was a login (the gateway issues them in Development only).
    /// </summary>
    public static async Task<Bearer> AuthorizeAsync(PlatformClient client, OfficerSettings settings, CancellationToken cancellationToken)
    {
        if (settings is ClientSettings { Token: { } token })
        {
            return new Bearer(token, IsDevelopment: false);
        }

        if (!settings.AsksForDevelopmentToken && await SignedInTokenAsync(settings, cancellationToken) is { } signedIn)
        {
            return new Bearer(signedIn, IsDevelopment: false);
        }

        return new Bearer(await client.DevelopmentTokenAsync(settings.DevelopmentToken, cancellationToken), IsDevelopment: true);
    }

    /// <summary>
    /// The access token of the officer signed in to this gateway, renewed with the refresh token (and the new refresh
    /// token saved) when it expires within <see cref="RenewalMargin"/>; null when nobody is signed in to it.
    /// </summary>
    public static async Task<string?> SignedInTokenAsync(GatewaySettings settings, CancellationToken cancellationToken)
    {
        var store = settings.CredentialStore;
        if (store.Load() is not { } credentials || !credentials.IsFor(settings.GatewayUri))
        {
            return null;
        }

        if (!credentials.ExpiresWithin(RenewalMargin, DateTimeOffset.UtcNow))
        {
            return credentials.AccessToken;
        }

        using var http = new HttpClient();
        var renewed = await new OfficerSignIn(http, settings.GatewayUri).RefreshAsync(credentials, cancellationToken);
        store.Save(renewed);
        return renewed.AccessToken;
    }

    /// <summary>
    /// Registers the workplaces (stations, teams, machines) with a development Admin token: the services accept work only
    /// from registered machines and members of registered teams. The answer waits out, for a while, the services' copies
    /// of what was new.
    /// </summary>
    public static async Task<RegistryCatchUp> RegisterAsync(
        PlatformClient client, IReadOnlyList<Workplace> workplaces, CancellationToken cancellationToken, string province = UnitList.ThanhHoa)
    {
        var admin = "Bearer " + await client.DevelopmentTokenAsync(new TokenRequest("cccd-cli", "Admin", province), cancellationToken);
        var changed = await WorkplaceRegistration.RegisterAsync(client, workplaces, admin, cancellationToken);
        AnsiConsole.MarkupLineInterpolated($"Registered {workplaces.Count} workplace(s) ({changed} new entries) in the registry");
        return RegistryCatchUp.After(changed);
    }
}
