using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CccdPlatform.Contracts;
using CccdPlatform.TestSupport.Access;
using static CccdPlatform.ServiceDefaults.Authentication.Roles;
using static CccdPlatform.TestSupport.Access.AccessRow;

namespace CccdPlatform.Biometrics.Tests;

/// <summary>
/// Every biometrics route, as every role and with no token, against applications collected in the caller's unit
/// (Thanh Hoa city, 380) and in the neighbouring district (Bim Son, 381) of the same province.
/// </summary>
public class AccessMatrixTests(BiometricsFactory biometrics) : AccessMatrixFacts<Program>(biometrics, CallerUnit), IClassFixture<BiometricsFactory>
{
    private const string CallerUnit = "380";
    private const string Captures = "/api/biometrics/captures";
    private const string Duplicates = "/api/biometrics/duplicates";
    private static readonly string[] Capturers = [StationOfficer, MobileOfficer, Supervisor, Admin];

    private readonly Dictionary<Side, Guid> _application = [];
    private readonly Dictionary<Side, Guid> _capture = [];
    private readonly Dictionary<Side, Guid> _case = [];

    protected override IReadOnlyList<AccessRow> Matrix() =>
    [
        //  route                                                       roles                reach              request
        .. Probes,
        new("POST /api/biometrics/captures",                            Capturers,           Reach.OwnUnit,     s => Post(Captures, CaptureForms.Good(_application[s]))),
        new("GET /api/biometrics/captures/{id:guid}",                   Capturers,           Reach.OwnUnit,     s => Get($"{Captures}/{_capture[s]}")),
        new("POST /api/biometrics/captures/{id:guid}/force-accept",     [Supervisor, Admin], Reach.OwnUnit,     s => Post($"{Captures}/{_capture[s]}/force-accept", new { reason = "Worn fingers" })),
        new("GET /api/biometrics/captures/{id:guid}/templates",         [Admin],             Reach.AnyUnit,     s => Get($"{Captures}/{_capture[s]}/templates")),
        new("GET /api/biometrics/duplicates",                           [Supervisor, Admin], Reach.OwnUnit,     _ => Get(Duplicates)) { RefusedInBody = LeavesOutCase },
        new("GET /api/biometrics/duplicates/{id:guid}",                 [Supervisor, Admin], Reach.OwnUnit,     s => Get($"{Duplicates}/{_case[s]}")),
        new("POST /api/biometrics/duplicates/{id:guid}/decision",       [Supervisor, Admin], Reach.OwnUnit,     s => Post($"{Duplicates}/{_case[s]}/decision", new { decision = "DistinctPeople", reason = "Twins" })),
        new("GET /api/biometrics/audit",                                [Admin],             Reach.AnyUnit,     _ => Get("/api/biometrics/audit?subject=officer-1&action=capture.read")),
    ];

    private static UnitPath DistrictOf(Side side) => new("38", side == Side.Inside ? "380" : "381", null);

    private bool LeavesOutCase(Side side, string body) =>
        !JsonDocument.Parse(body).RootElement.EnumerateArray().Any(c => c.GetProperty("caseId").GetGuid() == _case[side]);

    /// <summary>On each side: an application with no capture yet, an accepted capture, and an open duplicate case.</summary>
    protected override async Task SeedAsync()
    {
        var admin = biometrics.Client(Admin);
        foreach (var side in Enum.GetValues<Side>())
        {
            _application[side] = await biometrics.ApplicationAsync(collectedIn: DistrictOf(side));
            var face = FaceTemplates.Random();
            var earlier = await biometrics.ApplicationAsync(collectedIn: DistrictOf(side));
            _capture[side] = (await CaptureAsync(admin, earlier, face, "Accepted")).GetProperty("captureId").GetGuid();
            var later = await biometrics.ApplicationAsync(collectedIn: DistrictOf(side));
            await CaptureAsync(admin, later, FaceTemplates.NearlyIdentical(face), "DuplicateSuspected");
            var open = await admin.GetFromJsonAsync<JsonElement>(Duplicates);
            _case[side] = open.EnumerateArray().Single(c => c.GetProperty("applicationId").GetGuid() == later).GetProperty("caseId").GetGuid();
        }
    }

    private static async Task<JsonElement> CaptureAsync(HttpClient client, Guid application, float[] face, string outcome)
    {
        var response = await client.PostAsJsonAsync(Captures, CaptureForms.Good(application, face));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var capture = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(outcome, capture.GetProperty("outcome").GetString());
        return capture;
    }
}
