using System.Diagnostics;
using System.Net;
using System.Text.Json;
using CccdPlatform.Cli.Http;
using CccdPlatform.Cli.Simulation;
using CccdPlatform.Cli.Synthetic;

namespace CccdPlatform.Cli.Tests;

/// <summary>What <c>cccd simulate</c> registers before it starts, and how its first work waits, against scripted services.</summary>
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

    private static HttpResponseMessage Refusal(string title) =>
        ScriptedHandler.Json(HttpStatusCode.Forbidden, $$"""{"title":"{{title}}","status":403}""");

    private static async Task<(Answer Answer, int Waits, int Sent)> SendAsync(RegistryCatchUp registry, params string[] refusals)
    {
        var handler = new ScriptedHandler(sent => sent.Attempt <= refusals.Length ? Refusal(refusals[sent.Attempt - 1]) : ScriptedHandler.Receipt());
        using var client = new PlatformClient(handler, new Uri("http://gateway.test"));
        var waits = 0;
        var answer = await registry.SendAsync(() => client.SendAsync(Operation.Application, HttpMethod.Post, "/api/intake/applications", [1],
            PlatformClient.Json, "Bearer officer", "key-1"), () => waits++, CancellationToken.None);
        return (answer, waits, handler.Requests.Count);
    }

    [Fact]
    public async Task AfterANewRegistrationWorkRefusedForAnUnknownMachineOrTeamIsSentAgainUntilTheServicesKnowIt()
    {
        var (answer, waits, sent) = await SendAsync(RegistryCatchUp.After(changedEntries: 3),
            "Unknown machine.", "Unknown team.", "Not a member of team TEAM-380-01.");

        Assert.Equal((201, 3, 4), (answer.Status, waits, sent));
    }

    [Theory]
    [InlineData(0, "Unknown machine.")]
    [InlineData(3, "Machine of another unit.")]
    [InlineData(3, "Retired machine.")]
    public async Task ARefusalStandsAtOnceWhenNothingNewWasRegisteredOrItIsNotAboutSomethingNew(int changedEntries, string refusal)
    {
        var (answer, waits, sent) = await SendAsync(RegistryCatchUp.After(changedEntries), refusal);

        Assert.Equal((403, 0, 1), (answer.Status, waits, sent));
    }

    [Fact]
    public async Task AMachineTheServicesNeverLearnOfIsRefusedOnceThePatienceIsSpent()
    {
        var started = Stopwatch.StartNew();

        var (answer, waits, _) = await SendAsync(new RegistryCatchUp(TimeSpan.FromMilliseconds(500)), Enumerable.Repeat("Unknown machine.", 100).ToArray());

        Assert.Equal(403, answer.Status);
        Assert.InRange(waits, 2, 6);
        Assert.InRange(started.Elapsed, TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(3));
    }
}
