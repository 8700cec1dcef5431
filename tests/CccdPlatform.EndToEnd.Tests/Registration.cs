using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using CccdPlatform.Cli.Api;
using CccdPlatform.Cli.Http;
using CccdPlatform.Cli.Simulation;
using CccdPlatform.Cli.Synthetic;

namespace CccdPlatform.EndToEnd.Tests;

/// <summary>
/// The platform accepts work only from registered machines (<c>Registry:Enforce</c>): tests register theirs through
/// the gateway as <c>cccd simulate</c> does, with a development Admin token of the province.
/// </summary>
public static class Registration
{
    private static readonly TimeSpan CopiesArrive = TimeSpan.FromSeconds(30);

    /// <summary>Registers the workplaces; what the services' copies of the new entries leave to wait out.</summary>
    public static async Task<RegistryCatchUp> WorkplacesAsync(HttpClient gateway, IReadOnlyList<Workplace> workplaces)
    {
        var token = await gateway.PostAsJsonAsync("/dev/token", new TokenRequest("e2e-registry", "Admin", UnitList.ThanhHoa),
            CliJson.Default.TokenRequest);
        token.EnsureSuccessStatusCode();
        var admin = "Bearer " + (await token.Content.ReadFromJsonAsync(CliJson.Default.TokenResponse))!.AccessToken;
        using var client = new PlatformClient(PlatformClient.NewHandler(2), gateway.BaseAddress!);
        return RegistryCatchUp.After(await WorkplaceRegistration.RegisterAsync(client, workplaces, admin, CancellationToken.None));
    }

    /// <summary>A station's machine of <paramref name="unitCode"/>, registered with no team.</summary>
    public static Task StationMachineAsync(HttpClient gateway, string machineId, string unitCode) =>
        WorkplacesAsync(gateway, [new Workplace(Channel.Station, "e2e-station", "StationOfficer", unitCode, unitCode, machineId, null)]);

    /// <summary>
    /// Sends again while refused with 403: the services learn of a registration through the broker, a moment after
    /// the registry answered.
    /// </summary>
    public static async Task<HttpResponseMessage> OnceKnownAsync(Func<Task<HttpResponseMessage>> send)
    {
        var watch = Stopwatch.StartNew();
        while (true)
        {
            var response = await send();
            if (response.StatusCode != HttpStatusCode.Forbidden || watch.Elapsed > CopiesArrive)
            {
                return response;
            }

            response.Dispose();
            await Task.Delay(200);
        }
    }
}
