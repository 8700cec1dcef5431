using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CccdPlatform.TestSupport.Access;
using static CccdPlatform.ServiceDefaults.Authentication.Roles;
using static CccdPlatform.TestSupport.Access.AccessRow;

namespace CccdPlatform.Reporting.Tests;

/// <summary>
/// Every reporting route, as every role and with no token, for the caller's unit (Thanh Hoa city, 380) and the
/// neighbouring district (Bim Son, 381) of the same province.
/// </summary>
/// <remarks>
/// The dashboard's files are served by static-file middleware before authentication, not by an endpoint, so they are
/// not in the matrix: they hold no data, and every figure they show comes from the routes below.
/// </remarks>
public class AccessMatrixTests(ReportingFactory reporting) : AccessMatrixFacts<Program>(reporting, CallerUnit), IClassFixture<ReportingFactory>
{
    private const string CallerUnit = "380";
    private const string Campaigns = "/api/reports/campaigns";
    private const string Targets = "/api/reports/targets";
    private static readonly string[] Readers = [StationOfficer, MobileOfficer, Supervisor, Operations, Admin];
    private static readonly string[] Planners = [Operations, Admin];

    private readonly Dictionary<Side, Guid> _campaign = [];

    protected override IReadOnlyList<AccessRow> Matrix() =>
    [
        //  route                                               roles        reach             request
        .. Probes,
        new("GET /api/reports/progress",                        Readers,     Reach.OwnUnit,    s => Get($"/api/reports/progress?unitCode={DistrictOf(s)}")),
        new("GET /api/reports/daily",                           Readers,     Reach.OwnUnit,    s => Get($"/api/reports/daily?unitCode={DistrictOf(s)}")),
        new("GET /api/reports/teams",                           Readers,     Reach.OwnUnit,    s => Get($"/api/reports/teams?unitCode={DistrictOf(s)}")),
        new("GET /api/reports/units",                           Readers,     Reach.OwnUnit,    s => Get($"/api/reports/units?unitCode={DistrictOf(s)}")),
        new("GET /api/reports/targets/{unitCode}",              Readers,     Reach.OwnUnit,    s => Get($"{Targets}/{DistrictOf(s)}")),
        new("PUT /api/reports/targets/{unitCode}",              Planners,    Reach.OwnUnit,    s => Put($"{Targets}/{DistrictOf(s)}", new { eligible = 120_000 })),
        new("DELETE /api/reports/targets/{unitCode}",           Planners,    Reach.OwnUnit,    async s => { await SetTargetAsync(DistrictOf(s)); return Delete($"{Targets}/{DistrictOf(s)}"); }),
        new("POST /api/reports/campaigns",                      Planners,    Reach.OwnUnit,    s => Post(Campaigns, Campaign(DistrictOf(s)))),
        new("GET /api/reports/campaigns",                       Readers,     Reach.OwnUnit,    _ => Get(Campaigns)) { RefusedInBody = LeavesOutCampaign },
        new("GET /api/reports/campaigns/{id:guid}",             Readers,     Reach.OwnUnit,    s => Get($"{Campaigns}/{_campaign[s]}")),
        new("GET /api/reports/campaigns/{id:guid}/summary",     Readers,     Reach.OwnUnit,    s => Get($"{Campaigns}/{_campaign[s]}/summary")),
        new("GET /api/reports/projection",                      Planners,    Reach.AnyUnit,    _ => Get("/api/reports/projection")),
        new("POST /api/reports/rebuild",                        [Admin],     Reach.AnyUnit,    _ => Post("/api/reports/rebuild")),
    ];

    private static string DistrictOf(Side side) => side == Side.Inside ? "380" : "381";

    private static object Campaign(string unitCode) => new { name = "Tết push", unitCode, from = "2026-01-20", to = "2026-02-10" };

    private bool LeavesOutCampaign(Side side, string body) =>
        !JsonDocument.Parse(body).RootElement.EnumerateArray().Any(c => c.GetProperty("id").GetGuid() == _campaign[side]);

    private async Task SetTargetAsync(string unitCode)
    {
        var response = await reporting.Reports().Http.PutAsJsonAsync($"{Targets}/{unitCode}", new { eligible = 120_000 });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>On each side: a target and a campaign window.</summary>
    protected override async Task SeedAsync()
    {
        var admin = reporting.Reports().Http;
        foreach (var side in Enum.GetValues<Side>())
        {
            await SetTargetAsync(DistrictOf(side));
            var created = await admin.PostAsJsonAsync(Campaigns, Campaign(DistrictOf(side)));
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
            _campaign[side] = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        }
    }
}
