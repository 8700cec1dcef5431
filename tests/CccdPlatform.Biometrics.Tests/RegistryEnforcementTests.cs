using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using CccdPlatform.ServiceDefaults.Authentication;
using CccdPlatform.TestSupport.Registry;

namespace CccdPlatform.Biometrics.Tests;

/// <summary>Captures against biometrics' copy of the registry, kept from registry events over RabbitMQ.</summary>
public sealed class RegistryEnforcementTests(RegistryEnforcingBiometricsFactory biometrics)
    : IClassFixture<RegistryEnforcingBiometricsFactory>, IAsyncLifetime
{
    private RegistryPublisher _registry = null!;

    public async Task InitializeAsync() =>
        _registry = await RegistryPublisher.StartAsync(biometrics.MessagingConnectionString, biometrics.Services);

    public async Task DisposeAsync() => await _registry.DisposeAsync();

    private static string NewCode(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..24];

    private HttpClient Officer(string subject)
    {
        var client = biometrics.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Bearer", biometrics.Tokens.Issue(Roles.MobileOfficer, "380", subject));
        return client;
    }

    private static async Task<string?> TitleAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString();
    }

    [Fact]
    public async Task AnUnregisteredMachinesCaptureGets403AndARegisteredOnesIsScreened()
    {
        var application = await biometrics.ApplicationAsync();
        var unknown = await Officer("officer-1").PostAsJsonAsync("/api/biometrics/captures",
            CaptureForms.Good(application).With("machineId", "KIT-NEVER-REGISTERED"));
        Assert.Equal("Unknown machine.", await TitleAsync(unknown));

        var machine = NewCode("KIT");
        await _registry.MachineAsync(machine, BiometricsFactory.ThanhHoaCity, "Bộ thu nhận 1");
        var accepted = await Officer("officer-1").PostAsJsonAsync("/api/biometrics/captures",
            CaptureForms.Good(application).With("machineId", machine));
        Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);
    }

    [Fact]
    public async Task ARetiredMachineAndATeamsMachineInOtherHandsAreRefused()
    {
        var team = NewCode("TEAM");
        await _registry.TeamAsync(team, BiometricsFactory.ThanhHoaCity, "Tổ lưu động 1", "officer-2");
        var teamMachine = NewCode("KIT");
        await _registry.MachineAsync(teamMachine, BiometricsFactory.ThanhHoaCity, "Bộ của tổ", teamCode: team);
        var retired = NewCode("KIT");
        await _registry.MachineAsync(retired, BiometricsFactory.ThanhHoaCity, "Bộ đã thu hồi");
        await _registry.RetireAsync(retired, BiometricsFactory.ThanhHoaCity);
        var application = await biometrics.ApplicationAsync();

        var outsider = await Officer("officer-1").PostAsJsonAsync("/api/biometrics/captures",
            CaptureForms.Good(application).With("machineId", teamMachine));
        Assert.Equal($"Not a member of team {team}.", await TitleAsync(outsider));
        var fromRetired = await Officer("officer-2").PostAsJsonAsync("/api/biometrics/captures",
            CaptureForms.Good(application).With("machineId", retired));
        Assert.Equal("Retired machine.", await TitleAsync(fromRetired));
    }
}
