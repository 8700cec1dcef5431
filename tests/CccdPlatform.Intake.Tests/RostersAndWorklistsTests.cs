using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CccdPlatform.Contracts;
using CccdPlatform.Contracts.Intake;
using CccdPlatform.ServiceDefaults.Authentication;
using CccdPlatform.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace CccdPlatform.Intake.Tests;

/// <summary>
/// Each test works on a commune of its own (all in Thanh Hoa city, 380) and on citizens born in a year of its own, so
/// no test moves another's citizens or changes another's counts in the shared database.
/// </summary>
public class RostersAndWorklistsTests(IntakeFactory intake) : IClassFixture<IntakeFactory>
{
    private const string Header = "personalId,fullName,dateOfBirth,sex,addressLine";
    private static readonly string[] Surnames = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi"];
    private static readonly string[] GivenNames = ["An", "Bình", "Cường", "Dũng", "Hà", "Lan", "Minh", "Thảo", "Tuấn", "Yến"];

    private sealed record Citizen(string PersonalId, string FullName, DateOnly DateOfBirth, string Sex, string AddressLine)
    {
        public string Line => $"{PersonalId},{FullName},{DateOfBirth:yyyy-MM-dd},{Sex},{AddressLine}";
    }

    /// <summary>Citizens born on 1 March of <paramref name="year"/> in Thanh Hoa, with distinct ID numbers.</summary>
    private static List<Citizen> Citizens(int count, int year, string sex = "Male")
    {
        var sexDigit = (year / 100 - 19) * 2 + (sex == "Female" ? 1 : 0);
        var prefix = $"038{sexDigit}{year % 100:00}";
        var suffixes = new HashSet<int>();
        while (suffixes.Count < count)
        {
            suffixes.Add(Random.Shared.Next(0, 1_000_000));
        }

        return suffixes.Select((suffix, i) => new Citizen(
            $"{prefix}{suffix:D6}",
            $"{Surnames[i % Surnames.Length]} Văn {GivenNames[i / Surnames.Length % GivenNames.Length]}",
            new DateOnly(year, 3, 1),
            sex,
            $"Số {i + 1} Lê Lợi")).ToList();
    }

    private static string Csv(IEnumerable<string> lines) => string.Join("\n", lines) + "\n";

    private static string Csv(IEnumerable<Citizen> citizens) => Csv([Header, .. citizens.Select(c => c.Line)]);

    private HttpClient Officer(string role = Roles.StationOfficer, string unitCode = "38") => intake.ClientFor(role, unitCode);

    private async Task<JsonElement> ImportAsync(string communeCode, string csv) =>
        await (await Officer().PostAsync($"/api/intake/rosters/{communeCode}", new StringContent(csv, Encoding.UTF8, "text/csv")))
            .OkJsonAsync();

    private async Task<JsonElement> WorklistAsync(string query, string role = Roles.MobileOfficer, string unitCode = "38") =>
        await (await Officer(role, unitCode).GetAsync($"/api/intake/worklists?{query}")).OkJsonAsync();

    private static Task<HttpResponseMessage> RecordReasonAsync(HttpClient client, string personalId, string reason, string? note = null) =>
        client.PutAsJsonAsync($"/api/intake/worklists/{personalId}/reason", new { reason, note });

    /// <summary>Every page of the commune's worklist, fetched <paramref name="pageSize"/> at a time.</summary>
    private async Task<List<JsonElement>> WholeWorklistAsync(string communeCode, string? filter = null, int pageSize = 200)
    {
        var entries = new List<JsonElement>();
        for (var page = 1; ; page++)
        {
            var answer = await WorklistAsync($"communeCode={communeCode}&page={page}&pageSize={pageSize}{filter}");
            var items = answer.GetProperty("items").EnumerateArray().ToList();
            entries.AddRange(items);
            if (items.Count < pageSize)
            {
                return entries;
            }
        }
    }

    private static Dictionary<string, object?> ApplicationFor(Citizen citizen) => ApplicationForms.Valid(citizen.PersonalId)
        .With("dateOfBirth", citizen.DateOfBirth.ToString("yyyy-MM-dd"))
        .With("sex", citizen.Sex);

    [Fact]
    public async Task ALargeRosterKeepsTheGoodRowsAndReportsEachBadRowByLineAndField()
    {
        const string commune = "14758";
        var good = Citizens(2_000, 1960);
        good[700] = good[700] with { AddressLine = "\"Số 5, ngõ 12, phố Hàm Rồng\"" };
        var woman = Citizens(1, 1960, "Female")[0];
        var lines = new List<string> { Header };
        var expectedErrors = new Dictionary<int, string>();
        void Bad(string line, string field)
        {
            lines.Add(line);
            expectedErrors[lines.Count] = field;
        }

        for (var i = 0; i < good.Count; i++)
        {
            lines.Add(good[i].Line);
            switch (i)
            {
                case 10: Bad("0380601234,Lê Văn Mười,1960-03-01,Male,", "personalId"); break;
                case 400: Bad(woman.Line.Replace("0381", "0380"), "personalId"); break;
                case 800: Bad($"{ApplicationForms.NewPersonalId("038215")},Lê Văn Nhỏ,2015-06-01,Male,", "dateOfBirth"); break;
                case 1200: Bad($"{ApplicationForms.NewPersonalId("038060")},Lê Văn Sai,1960-02-30,Male,", "dateOfBirth"); break;
                case 1600: Bad(good[3].Line, "personalId"); break;
                case 1999: Bad($"{ApplicationForms.NewPersonalId("038060")},Lê Văn Nam,1960-03-01,Unknown,", "sex"); break;
            }
        }

        await using var probe = await BrokerProbe<RosterImported>.StartAsync(intake.MessagingConnectionString);
        var result = await ImportAsync(commune, Csv(lines));

        Assert.Equal(2_000, result.GetProperty("added").GetInt32());
        Assert.Equal(0, result.GetProperty("updated").GetInt32());
        Assert.Equal(2_000, result.GetProperty("eligibleCount").GetInt32());
        var errors = result.GetProperty("errors").EnumerateArray().ToDictionary(e => e.GetProperty("line").GetInt32(), e => e.GetProperty("errors"));
        Assert.Equal(expectedErrors.Keys.Order(), errors.Keys.Order());
        foreach (var (line, field) in expectedErrors)
        {
            Assert.True(errors[line].TryGetProperty(field, out _), $"Line {line} ({lines[line - 1]}): no {field} error in {errors[line]}");
        }

        var imported = await probe.WaitForAsync(m => m.Commune.CommuneCode == commune);
        Assert.Equal(2_000, imported.Message.EligibleCount);
        Assert.Equal(["38", commune], imported.Message.Commune.SelfAndAncestors());
        Assert.Equal(UnitMap.TwoTier2025, imported.Message.Map);

        var worklist = await WholeWorklistAsync(commune);
        Assert.Equal(good.Select(c => c.PersonalId).Order(), worklist.Strings("personalId").Order());
        Assert.Equal("Số 5, ngõ 12, phố Hàm Rồng", worklist.Single(e => e.GetProperty("personalId").GetString() == good[700].PersonalId)
            .GetProperty("addressLine").GetString());
    }

    [Fact]
    public async Task AnUnreadableLineIsReportedAtItsLineAndTheLinesAfterItAreStillRead()
    {
        const string commune = "14812";
        var citizens = Citizens(3, 1961);
        var csv = Csv([Header, citizens[0].Line, $"{citizens[1].PersonalId},\"Lê Văn \"Tám,1961-03-01,Male,", citizens[2].Line]);

        var result = await ImportAsync(commune, csv);

        Assert.Equal(2, result.GetProperty("added").GetInt32());
        Assert.Equal([3], result.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("line").GetInt32()));
        Assert.Equal(new[] { citizens[0].PersonalId, citizens[2].PersonalId }.Order(),
            (await WholeWorklistAsync(commune)).Strings("personalId").Order());
    }

    [Fact]
    public async Task LineNumbersInTheReportCountBlankLinesAsAnEditorDoes()
    {
        const string commune = "14818";
        var citizens = Citizens(2, 1962);
        var csv = Csv([Header, citizens[0].Line, "", "0380621234,Lê Văn Mười,1962-03-01,Male,", citizens[1].Line]);

        var result = await ImportAsync(commune, csv);

        Assert.Equal(2, result.GetProperty("added").GetInt32());
        Assert.Equal([4], result.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("line").GetInt32()));
    }

    [Fact]
    public async Task ARosterSavedByExcelAsAFileWithVietnameseValuesIsRead()
    {
        const string commune = "14845";
        var man = Citizens(1, 1963)[0];
        var woman = Citizens(1, 1963, "Female")[0];
        var csv = "\uFEFF" + Csv([
            "PersonalId;FullName;DateOfBirth;Sex;AddressLine",
            $"{man.PersonalId};{man.FullName};01/03/1963;Nam;Thôn 3",
            $"{woman.PersonalId};Trần Thị Hoa;1/3/1963;Nữ;\"Thôn 4; xóm Bến\"",
        ]);
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new("text/csv");
        var form = new MultipartFormDataContent { { file, "file", "danh-sach.csv" } };

        var result = await (await Officer().PostAsync($"/api/intake/rosters/{commune}", form)).OkJsonAsync();

        Assert.Equal(2, result.GetProperty("added").GetInt32());
        Assert.Empty(result.GetProperty("errors").EnumerateArray());
        var worklist = await WholeWorklistAsync(commune);
        var hoa = worklist.Single(e => e.GetProperty("personalId").GetString() == woman.PersonalId);
        Assert.Equal("Female", hoa.GetProperty("sex").GetString());
        Assert.Equal("1963-03-01", hoa.GetProperty("dateOfBirth").GetString());
        Assert.Equal("Thôn 4; xóm Bến", hoa.GetProperty("addressLine").GetString());
    }

    [Fact]
    public async Task ARosterMissingARequiredColumnIsRefusedWithProblemDetailsAndNothingIsKept()
    {
        var citizens = Citizens(3, 1964);
        var csv = Csv(["personalId,fullName,dateOfBirth", .. citizens.Select(c => $"{c.PersonalId},{c.FullName},1964-03-01")]);

        var response = await Officer().PostAsync("/api/intake/rosters/14848", new StringContent(csv, Encoding.UTF8, "text/csv"));

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("sex", problem.GetProperty("detail").GetString());
        var ids = citizens.Select(c => c.PersonalId).ToList();
        Assert.Equal(0, await intake.QueryAsync(db => db.EligibleCitizens.CountAsync(c => ids.Contains(c.PersonalId))));
    }

    [Theory]
    [InlineData("99999")]
    [InlineData("380")]
    [InlineData("14755")] // a commune until 30 June 2025
    public async Task ARosterForACommuneThatDoesNotExistIsNotFound(string communeCode)
    {
        var response = await Officer(Roles.Admin, "38").PostAsync($"/api/intake/rosters/{communeCode}",
            new StringContent(Csv(Citizens(1, 1965)), Encoding.UTF8, "text/csv"));

        await response.ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task AnOfficerCannotImportTheRosterOfACommuneOutsideTheirUnit()
    {
        var response = await Officer(Roles.StationOfficer, ApplicationForms.OtherCommune).PostAsync("/api/intake/rosters/14854",
            new StringContent(Csv(Citizens(1, 1966)), Encoding.UTF8, "text/csv"));

        await response.ProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task ImportingTheSameRosterAgainAddsNobody()
    {
        const string commune = "14857";
        var csv = Csv(Citizens(30, 1967));

        await ImportAsync(commune, csv);
        var again = await ImportAsync(commune, csv);

        Assert.Equal(0, again.GetProperty("added").GetInt32());
        Assert.Equal(30, again.GetProperty("updated").GetInt32());
        Assert.Equal(30, again.GetProperty("eligibleCount").GetInt32());
        Assert.Equal(30, await intake.QueryAsync(db => db.EligibleCitizens.CountAsync(c => c.CommuneCode == commune)));
    }

    [Fact]
    public async Task TheWorklistListsTheCommunesEligibleCitizensPageByPage()
    {
        const string commune = "14860";
        var citizens = Citizens(25, 1968);
        await ImportAsync(commune, Csv(citizens));

        var pages = new List<JsonElement>();
        for (var page = 1; page <= 3; page++)
        {
            pages.Add(await WorklistAsync($"communeCode={commune}&page={page}&pageSize=10"));
        }

        Assert.All(pages, p => Assert.Equal(25, p.GetProperty("total").GetInt32()));
        Assert.All(pages, p => Assert.Equal(10, p.GetProperty("pageSize").GetInt32()));
        Assert.Equal([1, 2, 3], pages.Select(p => p.GetProperty("pageNumber").GetInt32()));
        Assert.Equal([10, 10, 5], pages.Select(p => p.GetProperty("items").GetArrayLength()));
        var listed = pages.SelectMany(p => p.GetProperty("items").Strings("personalId")).ToList();
        Assert.Equal(citizens.Select(c => c.PersonalId).Order(), listed.Order());
    }

    [Fact]
    public async Task ACitizenLeavesTheWorklistWhenAnApplicationIsReceivedAndReturnsWhenItIsCancelled()
    {
        const string commune = "14863";
        var citizens = Citizens(5, 1969);
        var applicant = citizens[2];
        await ImportAsync(commune, Csv(citizens));

        var applicationId = await Officer().SubmitAsync(ApplicationFor(applicant));
        var whileOpen = await WorklistAsync($"communeCode={commune}");

        var cancel = await Officer(Roles.Supervisor, "38").PostAsJsonAsync(
            $"{IntakeClients.ApplicationsPath}/{applicationId}/cancel", new { reason = "Hồ sơ nhập nhầm" });
        await cancel.OkJsonAsync();
        var afterCancel = await WorklistAsync($"communeCode={commune}");

        Assert.Equal(4, whileOpen.GetProperty("total").GetInt32());
        Assert.DoesNotContain(applicant.PersonalId, whileOpen.GetProperty("items").Strings("personalId"));
        Assert.Equal(5, afterCancel.GetProperty("total").GetInt32());
        Assert.Contains(applicant.PersonalId, afterCancel.GetProperty("items").Strings("personalId"));
    }

    [Fact]
    public async Task AMobileOfficersReasonShowsInTheWorklistAndTheWorklistCanBeFilteredByIt()
    {
        const string commune = "14864";
        var citizens = Citizens(4, 1970);
        await ImportAsync(commune, Csv(citizens));
        var provinceOfficer = Officer(Roles.MobileOfficer, "38");
        var communeOfficer = Officer(Roles.MobileOfficer, commune);

        Assert.Equal(HttpStatusCode.NoContent,
            (await RecordReasonAsync(provinceOfficer, citizens[0].PersonalId, "WorkingAway", "Làm công nhân ở Bình Dương")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent,
            (await RecordReasonAsync(communeOfficer, citizens[1].PersonalId, "InHospital")).StatusCode);

        var workingAway = await WorklistAsync($"communeCode={commune}&reason=WorkingAway");
        var inHospital = await WorklistAsync($"communeCode={commune}&reason=InHospital");
        var everyone = await WorklistAsync($"communeCode={commune}");

        var entry = Assert.Single(workingAway.GetProperty("items").EnumerateArray());
        Assert.Equal(1, workingAway.GetProperty("total").GetInt32());
        Assert.Equal(citizens[0].PersonalId, entry.GetProperty("personalId").GetString());
        Assert.Equal("WorkingAway", entry.GetProperty("reason").GetString());
        Assert.Equal("Làm công nhân ở Bình Dương", entry.GetProperty("reasonNote").GetString());
        Assert.NotEqual(JsonValueKind.Null, entry.GetProperty("reasonRecordedAt").ValueKind);
        Assert.Equal([citizens[1].PersonalId], inHospital.GetProperty("items").Strings("personalId"));
        Assert.Equal(4, everyone.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task AStationOfficerCannotRecordWhyACitizenHasNotApplied()
    {
        const string commune = "14797";
        var citizen = Citizens(1, 1971)[0];
        await ImportAsync(commune, Csv([citizen]));

        var response = await RecordReasonAsync(Officer(Roles.StationOfficer, "38"), citizen.PersonalId, "Bedridden");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var entry = Assert.Single((await WorklistAsync($"communeCode={commune}")).GetProperty("items").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, entry.GetProperty("reason").ValueKind);
    }

    [Theory]
    [InlineData("Sleeping")]
    [InlineData(null)]
    public async Task RecordingAnUnknownOrNoReasonIsRefusedWithProblemDetailsNamingReason(string? reason)
    {
        const string commune = "14872";
        var citizen = Citizens(1, 1974)[0];
        await ImportAsync(commune, Csv([citizen]));

        var response = await Officer(Roles.MobileOfficer, "38").PutAsJsonAsync(
            $"/api/intake/worklists/{citizen.PersonalId}/reason", new { reason, note = "?" });

        await response.ValidationProblemAsync("reason");
    }

    [Fact]
    public async Task RecordingAReasonForSomeoneOnNoRosterIsNotFound()
    {
        var response = await RecordReasonAsync(Officer(Roles.MobileOfficer, "38"), Citizens(1, 1972)[0].PersonalId, "MovedAway");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task AnOfficerOfAnotherCommuneCannotReadTheCommunesWorklist()
    {
        const string commune = "14866";
        await ImportAsync(commune, Csv(Citizens(2, 1973)));

        var response = await Officer(Roles.MobileOfficer, ApplicationForms.OtherCommune).GetAsync($"/api/intake/worklists?communeCode={commune}");

        await response.ProblemAsync(HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData("Sleeping")]
    [InlineData("99")]
    public async Task AnUnknownReasonFilterIsRefusedWithProblemDetailsNamingReason(string reason)
    {
        var response = await Officer(Roles.MobileOfficer, "38").GetAsync($"/api/intake/worklists?communeCode=14869&reason={reason}");

        await response.ValidationProblemAsync("reason");
    }
}
