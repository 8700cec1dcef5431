using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace CccdPlatform.Identity.Tests;

/// <summary>An Admin manages officers only within their unit and the units under it; a Supervisor only looks.</summary>
public sealed class ManagementTests : IdentityApiTests
{
    [Fact]
    public async Task ACommuneAdminCreatesOfficersInTheCommuneButNotInTheProvinceAboveOrAnotherCommune()
    {
        using var admin = Client("Admin", "14797");

        var created = await admin.PostAsJsonAsync("/api/identity/officers", NewOfficer("an.nv", "StationOfficer", "14797"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(body.GetProperty("oneTimePassword").GetString()!.Length >= 12);
        Assert.Equal("14797", body.GetProperty("officer").GetProperty("unitCode").GetString());

        Assert.Equal(HttpStatusCode.Forbidden, (await admin.PostAsJsonAsync("/api/identity/officers", NewOfficer("binh.tt", "StationOfficer", "38"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.PostAsJsonAsync("/api/identity/officers", NewOfficer("binh.tt", "StationOfficer", "14812"))).StatusCode);
    }

    [Fact]
    public async Task AnOfficerWithAnUnknownUnitOrABadUserNameIsRefusedFieldByField()
    {
        using var admin = Client("Admin", "38");
        var refused = await admin.PostAsJsonAsync("/api/identity/officers", NewOfficer("Bad Name!", "Nobody", "999"));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var errors = (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("userName", out _));
        Assert.True(errors.TryGetProperty("role", out _));
        Assert.True(errors.TryGetProperty("unitCode", out _));
    }

    [Fact]
    public async Task ASupervisorSeesOnlyTheirUnitsOfficersAndChangesNothing()
    {
        using var admin = Client("Admin", "38");
        await admin.PostAsJsonAsync("/api/identity/officers", NewOfficer("in.380", "StationOfficer", "14797"));
        await admin.PostAsJsonAsync("/api/identity/officers", NewOfficer("in.381", "StationOfficer", "14812"));
        using var supervisor = Client("Supervisor", "14797");

        var seen = await supervisor.GetFromJsonAsync<JsonElement>("/api/identity/officers");
        var units = seen.EnumerateArray().Select(o => o.GetProperty("unitCode").GetString()).ToList();
        Assert.NotEmpty(units);
        Assert.All(units, u => Assert.Equal("14797", u));

        Assert.Equal(HttpStatusCode.Forbidden, (await supervisor.PostAsJsonAsync("/api/identity/officers", NewOfficer("x.y", "StationOfficer", "14797"))).StatusCode);
        using var station = Client("StationOfficer", "14797");
        Assert.Equal(HttpStatusCode.Forbidden, (await station.GetAsync("/api/identity/officers")).StatusCode);
    }

    [Fact]
    public async Task AnAdminDisablesReenablesAndResetsOnlyOfficersUnderTheirUnit()
    {
        using var province = Client("Admin", "38");
        var created = await (await province.PostAsJsonAsync("/api/identity/officers", NewOfficer("mobile.1", "MobileOfficer", "14812")))
            .Content.ReadFromJsonAsync<JsonElement>();
        var id = created.GetProperty("officer").GetProperty("id").GetString();

        using var otherCommune = Client("Admin", "14797");
        Assert.Equal(HttpStatusCode.NotFound, (await otherCommune.PostAsync($"/api/identity/officers/{id}/disable", null)).StatusCode);

        var disabled = await (await province.PostAsync($"/api/identity/officers/{id}/disable", null)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(disabled.GetProperty("isActive").GetBoolean());
        var enabled = await (await province.PostAsync($"/api/identity/officers/{id}/enable", null)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(enabled.GetProperty("isActive").GetBoolean());
        var reset = await province.PostAsync($"/api/identity/officers/{id}/reset-password", null);
        Assert.Equal(HttpStatusCode.OK, reset.StatusCode);
        Assert.NotEqual(
            created.GetProperty("oneTimePassword").GetString(),
            (await reset.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("oneTimePassword").GetString());

        var actions = await AuditActions.OfAsync(Database);
        Assert.Contains("identity.officer.created", actions);
        Assert.Contains("identity.officer.disabled", actions);
        Assert.Contains("identity.officer.enabled", actions);
        Assert.Contains("identity.officer.password-reset", actions);
    }

    private static object NewOfficer(string userName, string role, string unit) =>
        new { userName, displayName = "Nguyễn Văn An", role, unitCode = unit };
}
