using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CccdPlatform.TestSupport.Access;
using static CccdPlatform.ServiceDefaults.Authentication.Roles;
using static CccdPlatform.TestSupport.Access.AccessRow;

namespace CccdPlatform.Intake.Tests;

/// <summary>
/// Every intake route, as every role and with no token, against a target in the caller's unit (Phường Hạc Thành, 14797)
/// and one in another commune (Phường Bỉm Sơn, 14812) of the same province.
/// </summary>
public class AccessMatrixTests(IntakeFactory intake) : AccessMatrixFacts<Program>(intake, CallerUnit), IClassFixture<IntakeFactory>
{
    private const string CallerUnit = ApplicationForms.Commune;
    private const string Applications = "/api/intake/applications";
    private static readonly string[] Officers = [StationOfficer, MobileOfficer, Supervisor, Admin];
    private static readonly string[] Readers = [.. Officers, Operations];

    private static string CommuneOf(Side side) => side == Side.Inside ? CallerUnit : "14812";

    private readonly Dictionary<Side, Guid> _application = [];
    private readonly Dictionary<Side, string> _rosterCitizen = [];

    protected override IReadOnlyList<AccessRow> Matrix() =>
    [
        //  route                                                       roles                              reach              request
        .. Probes,
        new("POST /api/intake/applications",                            Officers,                          Reach.OwnUnit,     s => Post(Applications, Form(s))),
        new("GET /api/intake/applications",                             Readers,                           Reach.OwnUnit,     s => Get($"{Applications}?unitCode={CommuneOf(s)}")),
        new("GET /api/intake/applications/{id:guid}",                   Readers,                           Reach.OwnUnit,     s => Get($"{Applications}/{_application[s]}")),
        new("POST /api/intake/applications/{id:guid}/approve",          [Supervisor, Admin],               Reach.OwnUnit,     s => Post($"{Applications}/{_application[s]}/approve", new { })),
        new("POST /api/intake/applications/{id:guid}/card-produced",    [Operations, Admin],               Reach.OwnUnit,     s => Post($"{Applications}/{_application[s]}/card-produced", new { })),
        new("POST /api/intake/applications/{id:guid}/card-delivered",   Officers,                          Reach.OwnUnit,     s => Post($"{Applications}/{_application[s]}/card-delivered", new { })),
        new("POST /api/intake/applications/{id:guid}/cancel",           [Supervisor, Admin],               Reach.OwnUnit,     s => Post($"{Applications}/{_application[s]}/cancel", new { reason = "Moved abroad" })),
        new("POST /api/intake/batches",                                 Officers,                          Reach.OwnUnit,     s => Post("/api/intake/batches", Batch(s))) { RefusedInBody = OutsideUnit },
        new("POST /api/intake/rosters/{communeCode}",                   Officers,                          Reach.OwnUnit,     s => Roster(CommuneOf(s), ApplicationForms.NewPersonalId())),
        new("GET /api/intake/worklists",                                Readers,                           Reach.OwnUnit,     s => Get($"/api/intake/worklists?communeCode={CommuneOf(s)}")),
        new("PUT /api/intake/worklists/{personalId}/reason",            [MobileOfficer, Supervisor, Admin], Reach.OwnUnit,    s => Put($"/api/intake/worklists/{_rosterCitizen[s]}/reason", new { reason = "WorkingAway" })),
        new("GET /api/intake/audit",                                    [Admin],                           Reach.AnyUnit,     s => Get($"/api/intake/audit?citizen={_rosterCitizen[s]}")),
    ];

    private static Dictionary<string, object?> Form(Side side) => ApplicationForms.Valid().With("collectingUnitCode", CommuneOf(side));

    private static object Batch(Side side) => new
    {
        batchId = Guid.NewGuid().ToString(),
        machineId = "KIT-0001",
        items = new[] { new { clientItemId = Guid.NewGuid().ToString(), application = Form(side) } },
    };

    private static bool OutsideUnit(Side _, string body) =>
        JsonDocument.Parse(body).RootElement.GetProperty("items")[0].GetProperty("outcome").GetString() == "Invalid"
        && body.Contains("This unit is outside yours.", StringComparison.Ordinal);

    private static HttpRequestMessage Roster(string communeCode, string personalId) => new(HttpMethod.Post, $"/api/intake/rosters/{communeCode}")
    {
        Content = new StringContent($"personalId,fullName,dateOfBirth,sex\n{personalId},Lê Văn Hòa,1995-04-12,Male\n", Encoding.UTF8, "text/csv"),
    };

    protected override async Task SeedAsync()
    {
        var admin = intake.ClientFor(Admin, "38");
        foreach (var side in Enum.GetValues<Side>())
        {
            _application[side] = await admin.SubmitAsync(Form(side));
            var citizen = ApplicationForms.NewPersonalId();
            using var roster = Roster(CommuneOf(side), citizen);
            await (await admin.SendAsync(roster)).OkJsonAsync();
            _rosterCitizen[side] = citizen;
        }
    }
}
