using CccdPlatform.Cli.Api;
using CccdPlatform.Cli.Http;

namespace CccdPlatform.Cli.Commands;

/// <summary>The client and the token the settings ask for.</summary>
public static class Clients
{
    public static PlatformClient Create(ClientSettings settings, int connections = 4) => new(
        PlatformClient.NewHandler(connections),
        new Uri(settings.Gateway),
        settings.Intake is null ? null : new Uri(settings.Intake),
        new RetryPolicy(settings.MaxAttempts));

    public static async Task<string> AuthorizationAsync(PlatformClient client, ClientSettings settings, CancellationToken cancellationToken) =>
        "Bearer " + (settings.Token ?? await client.DevelopmentTokenAsync(
            new TokenRequest(settings.Subject, settings.Role, settings.Unit), cancellationToken));
}
