using CccdPlatform.Cli.Api;
using CccdPlatform.Cli.Http;
using CccdPlatform.Cli.Simulation;
using CccdPlatform.Cli.Synthetic;
using Spectre.Console;

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

    /// <summary>
    /// Registers the workplaces (stations, teams, machines) with a development Admin token: the services accept work only
    /// from registered machines and members of registered teams.
    /// </summary>
    public static async Task RegisterAsync(PlatformClient client, IReadOnlyList<Workplace> workplaces, CancellationToken cancellationToken)
    {
        var admin = "Bearer " + await client.DevelopmentTokenAsync(new TokenRequest("cccd-cli", "Admin", UnitList.ThanhHoa), cancellationToken);
        var changed = await WorkplaceRegistration.RegisterAsync(client, workplaces, admin, cancellationToken);
        AnsiConsole.MarkupLineInterpolated($"Registered {workplaces.Count} workplace(s) ({changed} new entries) in the registry");
        if (changed > 0)
        {
            // No service shows its copy of the registry; new entries reach the copies through the broker in milliseconds
            // on an idle platform, and this pause, once per new registration, keeps the first applications from a 403.
            await Task.Delay(WorkplaceRegistration.CopyDelay, cancellationToken);
        }
    }
}
