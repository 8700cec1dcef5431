using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CccdPlatform.Contracts;
using CccdPlatform.Contracts.Registry;
using CccdPlatform.TestSupport;

namespace CccdPlatform.Identity.Tests;

/// <summary>
/// The registry API: an Admin registers within their unit and the units under it, a Supervisor reads their unit's, a
/// repeated request changes and publishes nothing, and each change reaches the broker with its revision.
/// </summary>
public sealed class RegistryApiTests : IdentityApiTests
{
    private const string Registry = "/api/identity/registry";
    // As outside Development: a team's members must be officer accounts.
    protected override IReadOnlyDictionary<string, string> Settings { get; } =
        new Dictionary<string, string> { ["Registry:AcceptSubjectsWithoutAccount"] = "false" };

    [Fact]
    public async Task ACommuneAdminRegistersInTheirCommuneButNotInTheProvinceOrAnotherCommune()
    {
        using var admin = Client("Admin", "14797");

        Assert.Equal(HttpStatusCode.Created, (await admin.PutAsJsonAsync($"{Registry}/stations/ST-380", Station("14797"))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await admin.PutAsJsonAsync($"{Registry}/stations/ST-14755", Station("14797"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.PutAsJsonAsync($"{Registry}/stations/ST-38", Station("38"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.PutAsJsonAsync($"{Registry}/stations/ST-381", Station("14812"))).StatusCode);

        using var otherCommune = Client("Admin", "14812");
        Assert.Equal(HttpStatusCode.Forbidden, (await otherCommune.PutAsJsonAsync($"{Registry}/stations/ST-380", Station("14812"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherCommune.GetAsync($"{Registry}/stations/ST-380")).StatusCode);
        Assert.Contains("identity.registry.station 403", await AuditActions.WithOutcomesAsync(Database));
        Assert.Contains("identity.registry.station 201", await AuditActions.WithOutcomesAsync(Database));
    }

    [Fact]
    public async Task ASupervisorReadsOnlyTheirUnitsRegistryAndChangesNothingWhileOtherRolesSeeNothing()
    {
        using var province = Client("Admin", "38");
        await province.PutAsJsonAsync($"{Registry}/machines/KIT-380", Machine("14797"));
        await province.PutAsJsonAsync($"{Registry}/machines/KIT-381", Machine("14812"));
        using var supervisor = Client("Supervisor", "14797");

        var seen = await supervisor.GetFromJsonAsync<JsonElement>($"{Registry}/machines");
        Assert.Equal(["KIT-380"], seen.EnumerateArray().Select(m => m.GetProperty("code").GetString()));
        Assert.Equal(HttpStatusCode.OK, (await supervisor.GetAsync($"{Registry}/machines/KIT-380")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await supervisor.GetAsync($"{Registry}/machines/KIT-381")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await supervisor.PutAsJsonAsync($"{Registry}/machines/KIT-380", Machine("14797"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await supervisor.PostAsync($"{Registry}/machines/KIT-380/retire", null)).StatusCode);
        using var officer = Client("MobileOfficer", "14797");
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync($"{Registry}/machines")).StatusCode);
    }

    [Fact]
    public async Task RegisteringTheSameMachineTwiceChangesAndPublishesNothingWhileARenameIsTheNextRevision()
    {
        await using var probe = await BrokerProbe<MachineRegistered>.StartAsync(Messaging);
        using var admin = Client("Admin", "38");

        var first = await admin.PutAsJsonAsync($"{Registry}/machines/KIT-1", Machine("14797"));
        var again = await admin.PutAsJsonAsync($"{Registry}/machines/KIT-1", Machine("14797"));
        var renamed = await admin.PutAsJsonAsync($"{Registry}/machines/KIT-1", Machine("14797", name: "Bộ thu nhận 1 (mới)"));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(1, (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("revision").GetInt64());
        Assert.Equal(2, (await renamed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("revision").GetInt64());
        var latest = await probe.WaitForAsync(m => m.MachineId == "KIT-1" && m.Revision == 2);
        Assert.Equal("Bộ thu nhận 1 (mới)", latest.Message.Name);
        Assert.Equal(new UnitPath("38", null, "14797"), latest.Message.Unit);
        Assert.Equal([1L, 2L], probe.Received.Select(c => c.Message.Revision).Order());
    }

    [Fact]
    public async Task ATeamsMembersAreOfficersOfItsUnitOrAUnitUnderIt()
    {
        var commune = await Host.AddOfficerAsync("commune.officer", "MobileOfficer", "14797", "Correct-horse-9");
        var elsewhere = await Host.AddOfficerAsync("other.officer", "MobileOfficer", "14812", "Correct-horse-9");
        using var admin = Client("Admin", "38");

        var refused = await admin.PutAsJsonAsync($"{Registry}/teams/TEAM-380", Team("14797", commune.Id, elsewhere.Id, "no-such-officer"));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var errors = (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("memberSubjects");
        Assert.Equal(2, errors.GetArrayLength());

        var registered = await admin.PutAsJsonAsync($"{Registry}/teams/TEAM-380", Team("14797", commune.Id));
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        var bad = await admin.PutAsJsonAsync($"{Registry}/teams/bad code", Team("14797"));
        Assert.True((await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("code", out _));
    }

    [Fact]
    public async Task ADisbandedTeamAndARetiredMachineStayEndedAndTheirEndIsPublishedOnce()
    {
        await using var retirements = await BrokerProbe<MachineRetired>.StartAsync(Messaging);
        using var admin = Client("Admin", "14797");
        await admin.PutAsJsonAsync($"{Registry}/teams/TEAM-A", Team("14797"));
        Assert.Equal(HttpStatusCode.Created, (await admin.PutAsJsonAsync($"{Registry}/machines/KIT-A", Machine("14797", team: "TEAM-A"))).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"{Registry}/machines/KIT-A/retire", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"{Registry}/machines/KIT-A/retire", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await admin.PutAsJsonAsync($"{Registry}/machines/KIT-A", Machine("14797", team: "TEAM-A"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"{Registry}/teams/TEAM-A/disband", null)).StatusCode);
        var onDisbanded = await admin.PutAsJsonAsync($"{Registry}/machines/KIT-B", Machine("14797", team: "TEAM-A"));
        Assert.True((await onDisbanded.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("teamCode", out _));

        var retired = await retirements.WaitForAsync(m => m.MachineId == "KIT-A");
        Assert.Equal(2, retired.Message.Revision);
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Single(retirements.Received);
        Assert.Contains("identity.registry.machine.retired 200", await AuditActions.WithOutcomesAsync(Database));
    }

    [Fact]
    public async Task AStationIsRegisteredInACommuneOfTheTwoTierMapAndADistrictIsRefusedNamingWhatItBecame()
    {
        using var province = Client("Admin", "38");

        Assert.Equal(HttpStatusCode.Created, (await province.PutAsJsonAsync($"{Registry}/stations/ST-HAC-THANH", Station("14797"))).StatusCode);
        var district = await province.PutAsJsonAsync($"{Registry}/stations/ST-TP-THANH-HOA", Station("380"));
        Assert.Equal(HttpStatusCode.BadRequest, district.StatusCode);
        var errors = (await district.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("unitCode");
        Assert.Contains("there are no districts since 1 July 2025", errors[0].GetString());
        var oldCommune = await province.PutAsJsonAsync($"{Registry}/stations/ST-DONG-SON", Station("14785"));
        Assert.Contains("merged into 14797", await oldCommune.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AStationRegisteredBeforeTheReformIsManagedByTheAdminOfTheCommuneItBecamePartOf()
    {
        // Registered by the previous release in Phường Đông Sơn (14785), part of Phường Hạc Thành (14797) since 1 July 2025.
        await using (var connection = new Npgsql.NpgsqlConnection(Database))
        {
            await connection.OpenAsync();
            await using var insert = new Npgsql.NpgsqlCommand(
                "INSERT INTO \"Stations\" (\"Code\", \"UnitCode\", \"Name\", \"Revision\", \"ChangedAt\") " +
                "VALUES ('ST-DONG-SON-2023', '14785', 'Điểm thu nhận phường Đông Sơn', 1, '2023-04-01T00:00:00Z')", connection);
            await insert.ExecuteNonQueryAsync();
        }

        using var hacThanh = Client("Admin", "14797");
        using var hamRong = Client("Admin", "14758");
        Assert.Contains("ST-DONG-SON-2023", (await hacThanh.GetFromJsonAsync<JsonElement>($"{Registry}/stations")).EnumerateArray().Select(s => s.GetProperty("code").GetString()));
        Assert.Equal(HttpStatusCode.NotFound, (await hamRong.GetAsync($"{Registry}/stations/ST-DONG-SON-2023")).StatusCode);
        // Registered again, it moves to the new map's unit.
        Assert.Equal(HttpStatusCode.OK, (await hacThanh.PutAsJsonAsync($"{Registry}/stations/ST-DONG-SON-2023", Station("14797"))).StatusCode);
    }

    private static object Station(string unit) => new { unitCode = unit, name = $"Điểm thu nhận {unit}" };

    private static object Team(string unit, params string[] members) => new { unitCode = unit, name = $"Tổ lưu động {unit}", memberSubjects = members };

    private static object Machine(string unit, string name = "Bộ thu nhận 1", string? team = null) =>
        new { unitCode = unit, name, teamCode = team };
}
