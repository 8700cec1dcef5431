using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CccdPlatform.Biometrics.Model;
using CccdPlatform.Contracts;
using CccdPlatform.ServiceDefaults.Authentication;
using Microsoft.EntityFrameworkCore;

namespace CccdPlatform.Biometrics.Tests;

public class UnitScopeTests(BiometricsFactory biometrics) : IClassFixture<BiometricsFactory>
{
    private const string Captures = "/api/biometrics/captures";
    private const string Duplicates = "/api/biometrics/duplicates";
    private static readonly UnitPath BaDinhHanoi = new("01", "001", null);

    private async Task<JsonElement> CaptureAsync(Guid application, string unitCode, float[]? face = null)
    {
        var response = await biometrics.Client(Roles.StationOfficer, unitCode)
            .PostAsJsonAsync(Captures, CaptureForms.Good(application, face));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private async Task<Guid> CaptureIdAsync(Guid application, string unitCode) =>
        (await CaptureAsync(application, unitCode)).GetProperty("captureId").GetGuid();

    private async Task<HttpStatusCode> StatusOfGetAsync(string path, string role, string unitCode) =>
        (await biometrics.Client(role, unitCode).GetAsync(path)).StatusCode;

    private async Task<HttpStatusCode> ForceAsync(Guid capture, string unitCode) =>
        (await biometrics.Client(Roles.Supervisor, unitCode)
            .PostAsJsonAsync($"{Captures}/{capture}/force-accept", new { reason = "Worn fingers" })).StatusCode;

    private async Task<HttpStatusCode> DecideAsync(Guid caseId, string unitCode) =>
        (await biometrics.Client(Roles.Supervisor, unitCode).PostAsJsonAsync(
            $"{Duplicates}/{caseId}/decision", new { decision = "DistinctPeople", reason = "Twins, checked in the household register" })).StatusCode;

    private async Task<List<Guid>> OpenCasesSeenByAsync(string unitCode) =>
        (await biometrics.Client(Roles.Supervisor, unitCode).GetFromJsonAsync<JsonElement>(Duplicates))
        .EnumerateArray().Select(c => c.GetProperty("caseId").GetGuid()).ToList();

    /// <summary>Two applications showing one face: the later one's capture raises a case against the earlier.</summary>
    private async Task<Guid> DuplicateCaseAsync(UnitPath earlierIn, UnitPath laterIn)
    {
        var face = FaceTemplates.Random();
        var earlier = await biometrics.ApplicationAsync(collectedIn: earlierIn);
        Assert.Equal("Accepted", (await CaptureAsync(earlier, earlierIn.ProvinceCode, face)).GetProperty("outcome").GetString());
        var later = await biometrics.ApplicationAsync(collectedIn: laterIn);
        var capture = await CaptureAsync(later, laterIn.ProvinceCode, FaceTemplates.NearlyIdentical(face));
        Assert.Equal("DuplicateSuspected", capture.GetProperty("outcome").GetString());
        var all = await biometrics.Client(Roles.Admin, "01").GetFromJsonAsync<JsonElement>(Duplicates);
        return all.EnumerateArray().Single(c => c.GetProperty("applicationId").GetGuid() == later).GetProperty("caseId").GetGuid();
    }

    [Fact]
    public async Task OnlyTheCollectingUnitAndTheUnitsAboveItCaptureAndReadAnApplicationsBiometrics()
    {
        var application = await biometrics.ApplicationAsync(collectedIn: new UnitPath("38", "380", "14755"));

        var outsider = await biometrics.Client(Roles.StationOfficer, "01").PostAsJsonAsync(Captures, CaptureForms.Good(application));
        var otherDistrict = await biometrics.Client(Roles.StationOfficer, "381").PostAsJsonAsync(Captures, CaptureForms.Good(application));

        Assert.Equal(HttpStatusCode.Forbidden, outsider.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, otherDistrict.StatusCode);
        Assert.Equal(0, await biometrics.CountAsync(db => db.Captures.CountAsync(c => c.ApplicationId == application)));
        var capture = await CaptureIdAsync(application, "14755");
        var path = $"{Captures}/{capture}";
        Assert.Equal(HttpStatusCode.OK, await StatusOfGetAsync(path, Roles.StationOfficer, "38"));
        Assert.Equal(HttpStatusCode.OK, await StatusOfGetAsync(path, Roles.MobileOfficer, "380"));
        Assert.Equal(HttpStatusCode.Forbidden, await StatusOfGetAsync(path, Roles.StationOfficer, "381"));
        Assert.Equal(HttpStatusCode.Forbidden, await StatusOfGetAsync(path, Roles.Supervisor, "01"));
        Assert.Equal(HttpStatusCode.OK, await StatusOfGetAsync(path, Roles.Admin, "01"));
    }

    [Fact]
    public async Task ACrossProvinceApplicationsHomeProvinceReadsItsCaptureButOnlyTheCollectingSideCapturesAndForces()
    {
        var application = await biometrics.ApplicationAsync(collectedIn: BaDinhHanoi, homeProvince: "38");

        var fromHome = await biometrics.Client(Roles.StationOfficer, "38").PostAsJsonAsync(Captures, CaptureForms.Good(application));

        Assert.Equal(HttpStatusCode.Forbidden, fromHome.StatusCode);
        var capture = await CaptureIdAsync(application, "001");
        var path = $"{Captures}/{capture}";
        Assert.Equal(HttpStatusCode.OK, await StatusOfGetAsync(path, Roles.StationOfficer, "38"));
        // As in intake, the home province sees it as a province; its districts collected nothing of it.
        Assert.Equal(HttpStatusCode.Forbidden, await StatusOfGetAsync(path, Roles.StationOfficer, "380"));
        Assert.Equal(HttpStatusCode.Forbidden, await StatusOfGetAsync(path, Roles.StationOfficer, "02"));
        Assert.Equal(HttpStatusCode.Forbidden, await ForceAsync(capture, "38"));
        // Past the unit check: refused only because the capture was accepted.
        Assert.Equal(HttpStatusCode.Conflict, await ForceAsync(capture, "01"));
    }

    [Fact]
    public async Task ASupervisorSeesOnlyDuplicateCasesTouchingTheirUnitAndDecidesOnlyTheirOwnApplications()
    {
        var acrossProvinces = await DuplicateCaseAsync(earlierIn: BaDinhHanoi, laterIn: BiometricsFactory.ThanhHoaCity);
        var withinHanoi = await DuplicateCaseAsync(earlierIn: BaDinhHanoi, laterIn: BaDinhHanoi);

        var seenByThanhHoa = await OpenCasesSeenByAsync("38");
        var seenByHanoi = await OpenCasesSeenByAsync("01");
        var seenByHaGiang = await OpenCasesSeenByAsync("02");

        Assert.Contains(acrossProvinces, seenByThanhHoa);
        Assert.DoesNotContain(withinHanoi, seenByThanhHoa);
        Assert.Contains(acrossProvinces, seenByHanoi);
        Assert.Contains(withinHanoi, seenByHanoi);
        Assert.DoesNotContain(acrossProvinces, seenByHaGiang);
        Assert.DoesNotContain(withinHanoi, seenByHaGiang);
        Assert.Equal(HttpStatusCode.OK, await StatusOfGetAsync($"{Duplicates}/{acrossProvinces}", Roles.Supervisor, "01"));
        Assert.Equal(HttpStatusCode.Forbidden, await StatusOfGetAsync($"{Duplicates}/{acrossProvinces}", Roles.Supervisor, "02"));
        Assert.Equal(HttpStatusCode.Forbidden, await StatusOfGetAsync($"{Duplicates}/{withinHanoi}", Roles.Supervisor, "38"));
        // The application under review was collected in Thanh Hoa: Hanoi holds only the earlier face.
        Assert.Equal(HttpStatusCode.Forbidden, await DecideAsync(acrossProvinces, "01"));
        Assert.Equal(HttpStatusCode.Forbidden, await DecideAsync(withinHanoi, "38"));
        Assert.Equal(HttpStatusCode.OK, await DecideAsync(acrossProvinces, "380"));
        Assert.Equal(HttpStatusCode.OK, await DecideAsync(withinHanoi, "01"));
    }

    [Fact]
    public async Task AnApplicationAnnouncedBeforeUnitsWereKeptIsLeftToAdmin()
    {
        var application = Guid.CreateVersion7();
        await biometrics.CountAsync(db =>
        {
            db.Applications.Add(new KnownApplication
            {
                Id = application, CitizenRef = BiometricsFactory.NewCitizenRef(), RequestKind = "FirstIssue",
                ReceivedAt = DateTimeOffset.UtcNow,
            });
            return db.SaveChangesAsync();
        });

        var officer = await biometrics.Client(Roles.StationOfficer, "38").PostAsJsonAsync(Captures, CaptureForms.Good(application));
        var admin = await biometrics.Client(Roles.Admin, "38").PostAsJsonAsync(Captures, CaptureForms.Good(application));

        Assert.Equal(HttpStatusCode.Forbidden, officer.StatusCode);
        Assert.Equal(HttpStatusCode.Created, admin.StatusCode);
    }
}
