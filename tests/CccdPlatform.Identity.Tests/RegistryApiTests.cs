using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
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
    public async Task ADistrictAdminRegistersInTheDistrictAndItsCommunesButNotInTheProvinceOrAnotherDistrict()
    {
        using var admin = Client("Admin", "380");

        Assert.Equal(HttpStatusCode.Created, (await admin.PutAsJsonAsync($"{Registry}/stations/ST-380", Station("380"))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await admin.PutAsJsonAsync($"{Registry}/stations/ST-14755", Station("14755"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.PutAsJsonAsync($"{Registry}/stations/ST-38", Station("38"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.PutAsJsonAsync($"{Registry}/stations/ST-381", Station("381"))).StatusCode);

        using var otherDistrict = Client("Admin", "381");
        Assert.Equal(HttpStatusCode.Forbidden, (await otherDistrict.PutAsJsonAsync($"{Registry}/stations/ST-380", Station("381"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherDistrict.GetAsync($"{Registry}/stations/ST-380")).StatusCode);
        Assert.Contains("identity.registry.station 403", await AuditActions.WithOutcomesAsync(Database));
        Assert.Contains("identity.registry.station 201", await AuditActions.WithOutcomesAsync(Database));
    }

    [Fact]
    public async Task ASupervisorReadsOnlyTheirUnitsRegistryAndChangesNothingWhileOtherRolesSeeNothing()
    {
        using var province = Client("Admin", "38");
        await province.PutAsJsonAsync($"{Registry}/machines/KIT-380", Machine("380"));
        await province.PutAsJsonAsync($"{Registry}/machines/KIT-381", Machine("381"));
        using var supervisor = Client("Supervisor", "380");

        var seen = await supervisor.GetFromJsonAsync<JsonElement>($"{Registry}/machines");
        Assert.Equal(["KIT-380"], seen.EnumerateArray().Select(m => m.GetProperty("code").GetString()));
        Assert.Equal(HttpStatusCode.OK, (await supervisor.GetAsync($"{Registry}/machines/KIT-380")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await supervisor.GetAsync($"{Registry}/machines/KIT-381")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await supervisor.PutAsJsonAsync($"{Registry}/machines/KIT-380", Machine("380"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await supervisor.PostAsync($"{Registry}/machines/KIT-380/retire", null)).StatusCode);
        using var officer = Client("MobileOfficer", "380");
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync($"{Registry}/machines")).StatusCode);
    }

    [Fact]
    public async Task RegisteringTheSameMachineTwiceChangesAndPublishesNothingWhileARenameIsTheNextRevision()
    {
        await using var probe = await BrokerProbe<MachineRegistered>.StartAsync(Messaging);
        using var admin = Client("Admin", "38");

        var first = await admin.PutAsJsonAsync($"{Registry}/machines/KIT-1", Machine("380"));
        var again = await admin.PutAsJsonAsync($"{Registry}/machines/KIT-1", Machine("380"));
        var renamed = await admin.PutAsJsonAsync($"{Registry}/machines/KIT-1", Machine("380", name: "Bộ thu nhận 1 (mới)"));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(1, (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("revision").GetInt64());
        Assert.Equal(2, (await renamed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("revision").GetInt64());
        var latest = await probe.WaitForAsync(m => m.MachineId == "KIT-1" && m.Revision == 2);
        Assert.Equal("Bộ thu nhận 1 (mới)", latest.Message.Name);
        Assert.Equal("380", latest.Message.Unit.DistrictCode);
        Assert.Equal([1L, 2L], probe.Received.Select(c => c.Message.Revision).Order());
    }

    [Fact]
    public async Task ATeamsMembersAreOfficersOfItsUnitOrAUnitUnderIt()
    {
        var commune = await Host.AddOfficerAsync("commune.officer", "MobileOfficer", "14755", "Correct-horse-9");
        var elsewhere = await Host.AddOfficerAsync("other.officer", "MobileOfficer", "381", "Correct-horse-9");
        using var admin = Client("Admin", "38");

        var refused = await admin.PutAsJsonAsync($"{Registry}/teams/TEAM-380", Team("380", commune.Id, elsewhere.Id, "no-such-officer"));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var errors = (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("memberSubjects");
        Assert.Equal(2, errors.GetArrayLength());

        var registered = await admin.PutAsJsonAsync($"{Registry}/teams/TEAM-380", Team("380", commune.Id));
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        var bad = await admin.PutAsJsonAsync($"{Registry}/teams/bad code", Team("380"));
        Assert.True((await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("code", out _));
    }

    [Fact]
    public async Task ADisbandedTeamAndARetiredMachineStayEndedAndTheirEndIsPublishedOnce()
    {
        await using var retirements = await BrokerProbe<MachineRetired>.StartAsync(Messaging);
        using var admin = Client("Admin", "380");
        await admin.PutAsJsonAsync($"{Registry}/teams/TEAM-A", Team("380"));
        Assert.Equal(HttpStatusCode.Created, (await admin.PutAsJsonAsync($"{Registry}/machines/KIT-A", Machine("380", team: "TEAM-A"))).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"{Registry}/machines/KIT-A/retire", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"{Registry}/machines/KIT-A/retire", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await admin.PutAsJsonAsync($"{Registry}/machines/KIT-A", Machine("380", team: "TEAM-A"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"{Registry}/teams/TEAM-A/disband", null)).StatusCode);
        var onDisbanded = await admin.PutAsJsonAsync($"{Registry}/machines/KIT-B", Machine("380", team: "TEAM-A"));
        Assert.True((await onDisbanded.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("teamCode", out _));

        var retired = await retirements.WaitForAsync(m => m.MachineId == "KIT-A");
        Assert.Equal(2, retired.Message.Revision);
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Single(retirements.Received);
        Assert.Contains("identity.registry.machine.retired 200", await AuditActions.WithOutcomesAsync(Database));
    }

    private static object Station(string unit) => new { unitCode = unit, name = $"Điểm thu nhận {unit}" };

    private static object Team(string unit, params string[] members) => new { unitCode = unit, name = $"Tổ lưu động {unit}", memberSubjects = members };

    private static object Machine(string unit, string name = "Bộ thu nhận 1", string? team = null) =>
        new { unitCode = unit, name, teamCode = team };
}
