using System.Net;
using System.Text.Json;
using CccdPlatform.Cli.Http;
using CccdPlatform.Cli.Simulation;
using CccdPlatform.Cli.Synthetic;

namespace CccdPlatform.Cli.Tests;

/// <summary>What <c>cccd simulate</c> registers before it starts, against a scripted registry.</summary>
public class WorkplaceRegistrationTests
{
    [Fact]
    public async Task EachTeamIsRegisteredWithTheOfficerWhoSendsItsWorkAndEachMachineWithTheIdItSends()
    {
        var workplaces = Workplace.Plan(UnitList.Embedded(), stations: 2, mobileTeams: 2);
        var handler = new ScriptedHandler(_ => ScriptedHandler.Json(HttpStatusCode.Created, "{}"));
        using var client = new PlatformClient(handler, new Uri("http://gateway.test"));

        var changed = await WorkplaceRegistration.RegisterAsync(client, workplaces, "Bearer admin", CancellationToken.None);

        var sent = handler.Requests.ToDictionary(r => r.Path, r => JsonDocument.Parse(r.Body).RootElement);
        foreach (var team in workplaces.Where(w => w.TeamCode is not null))
        {
            var body = sent[$"/api/identity/registry/teams/{team.TeamCode}"];
            Assert.Equal([team.Subject], body.GetProperty("memberSubjects").EnumerateArray().Select(m => m.GetString()));
            Assert.Equal(team.TeamCode, sent[$"/api/identity/registry/machines/{team.MachineId}"].GetProperty("teamCode").GetString());
        }

        foreach (var station in workplaces.Where(w => w.TeamCode is null))
        {
            var machine = sent[$"/api/identity/registry/machines/{station.MachineId}"];
            Assert.Equal(station.UnitCode, machine.GetProperty("unitCode").GetString());
            Assert.Equal(station.MachineId, machine.GetProperty("stationCode").GetString());
            Assert.True(sent.ContainsKey($"/api/identity/registry/stations/{station.MachineId}"));
        }

        Assert.Equal(sent.Count, changed);
    }

    [Fact]
    public async Task ARegistryRefusalStopsTheRunWithTheProblem()
    {
        var handler = new ScriptedHandler(_ => ScriptedHandler.Json(HttpStatusCode.Forbidden, """{"title":"This unit is outside yours."}"""));
        using var client = new PlatformClient(handler, new Uri("http://gateway.test"));

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            WorkplaceRegistration.RegisterAsync(client, Workplace.Plan(UnitList.Embedded(), 1, 0), "Bearer officer", CancellationToken.None));
        Assert.Contains("This unit is outside yours.", refused.Message);
    }
}
