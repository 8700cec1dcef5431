using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CccdPlatform.Contracts;
using CccdPlatform.Domain;
using CccdPlatform.Reporting.Apis;
using CccdPlatform.ServiceDefaults;
using Microsoft.VisualBasic.FileIO;
using static CccdPlatform.Reporting.Tests.Events;

namespace CccdPlatform.Reporting.Tests;

/// <summary>Every report as CSV carries the same figures as its JSON.</summary>
public class CsvTests(ReportingFactory reporting) : IClassFixture<ReportingFactory>, IAsyncLifetime
{
    private static readonly DateOnly Today = VietnamTime.DateOf(DateTimeOffset.UtcNow);

    public async Task InitializeAsync()
    {
        var reports = reporting.Reports();
        await reports.SeedOnceAsync(reporting.MessagingConnectionString, SeedAsync);
        await reports.Http.PutAsJsonAsync("/api/reports/targets/38", new SetTarget(3_900_000));
    }

    private static async Task<int> SeedAsync(EventPublisher intake)
    {
        var published = 0;
        foreach (var (unit, channel, visit, team, daysAgo) in new[]
        {
            (CamThuyCommune, "Mobile", "Home", "TEAM-390-01", 0),
            (CamThuyCommune, "Mobile", "Hospital", "TEAM-390-01", 1),
            (HamRongWard, "Mobile", "WorkplaceOrSchool", "TEAM-380-02", 1),
            (new UnitPath("38", null, null), "Station", "Station", "DESK-1", 2),
        })
        {
            await intake.PublishAsync(Received(unit, channel, visit, team: team, machine: $"KIT-{team}",
                collectedAt: VietnamTime.StartOf(Today.AddDays(-daysAgo)).AddHours(9)));
            published++;
        }

        await intake.PublishAsync(Roster(CamThuyCommune, 300));
        await intake.PublishAsync(Received(new UnitPath("01", "001", null), permanentProvince: "38"));
        return published + 2;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("/api/reports/progress?unitCode=38")]
    [InlineData("/api/reports/progress?unitCode=15127")]
    public async Task ProgressAsCsvHasEveryFigureOfTheJson(string route)
    {
        var json = Flatten(await JsonAsync(route));
        var csv = (await CsvAsync(route)).Skip(1).ToDictionary(row => row[0], row => row[1]);

        Assert.Equal(json, csv);
        Assert.Equal("1", csv["byVisitType.Home"]);
    }

    [Fact]
    public async Task TheDailySeriesAsCsvHasADayPerLineWithTheJsonFigures()
    {
        var route = $"/api/reports/daily?unitCode=38&from={Today.AddDays(-3):yyyy-MM-dd}&to={Today:yyyy-MM-dd}";
        var json = await JsonAsync(route);
        var csv = await CsvAsync(route);
        var header = csv[0].ToList();

        var days = json.GetProperty("days").EnumerateArray().ToList();
        Assert.Equal(days.Count, csv.Count - 1);
        foreach (var (day, row) in days.Zip(csv.Skip(1)))
        {
            var flat = Flatten(day);
            foreach (var (column, index) in header.Select((c, i) => (c, i)))
            {
                Assert.Equal(flat[column], row[index]);
            }
        }

        Assert.Contains(csv.Skip(1), row => row[header.IndexOf("received")] == "2");
    }

    [Fact]
    public async Task TheTeamReportAsCsvHasARecordCountPerTeamOrMachineAndDay()
    {
        var route = $"/api/reports/teams?unitCode=38&from={Today.AddDays(-3):yyyy-MM-dd}&to={Today:yyyy-MM-dd}";
        var json = await JsonAsync(route);
        var fromJson = new[] { ("team", "teams"), ("machine", "machines") }
            .SelectMany(k => json.GetProperty(k.Item2).EnumerateArray().SelectMany(t => t.GetProperty("days").EnumerateArray()
                .Select(d => $"{k.Item1},{t.GetProperty("code").GetString()},{d.GetProperty("day").GetString()},{d.GetProperty("records").GetInt64()}")))
            .Order().ToList();
        var fromCsv = (await CsvAsync(route)).Skip(1).Select(row => string.Join(',', row)).Order().ToList();

        Assert.Equal(fromJson, fromCsv);
        Assert.Equal(8, fromCsv.Count);
    }

    [Fact]
    public async Task TheUnitsReportAsCsvHasAUnitPerLineWithTheJsonFigures()
    {
        var json = await JsonAsync("/api/reports/units?unitCode=38");
        var csv = await CsvAsync("/api/reports/units?unitCode=38");

        var units = json.GetProperty("units").EnumerateArray().ToList();
        Assert.Equal(166, units.Count); // today's map: Thanh Hóa's communes and wards, directly under the province
        Assert.Equal(units.Count, csv.Count - 1);
        foreach (var (unit, row) in units.Zip(csv.Skip(1)))
        {
            var flat = Flatten(unit);
            Assert.Equal(UnitsReport.CsvHeader.Select(column => flat[column]), row);
        }
    }

    [Fact]
    public async Task ACampaignSummaryAsCsvHasEveryFigureOfTheJson()
    {
        var created = await reporting.Reports().Http.PostAsJsonAsync("/api/reports/campaigns",
            new CreateCampaign("Đợt cao điểm", "38", Today.AddDays(-2), Today));
        var campaign = (await created.Content.ReadFromJsonAsync<CampaignView>(ReportsClient.Json))!;
        var route = $"/api/reports/campaigns/{campaign.Id}/summary";

        var json = Flatten(await JsonAsync(route));
        var csv = (await CsvAsync(route)).Skip(1).ToDictionary(row => row[0], row => row[1]);

        Assert.Equal(json, csv);
        Assert.Equal("4", csv["received"]);
    }

    [Fact]
    public async Task AnAcceptHeaderAsksForCsvTooAndTheFileOpensInASpreadsheetWithVietnameseNames()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/reports/units?unitCode=38");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));
        using var response = await reporting.Reports().Http.SendAsync(request);
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("units-38.csv", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        Assert.Contains("Phường Hàm Rồng", Encoding.UTF8.GetString(bytes));
    }

    [Theory]
    [InlineData("/api/reports/progress?unitCode=38")]
    [InlineData("/api/reports/units?unitCode=38")]
    [InlineData("/api/reports/daily?unitCode=38")]
    [InlineData("/api/reports/teams?unitCode=38")]
    public async Task AFormatOtherThanJsonOrCsvIsRefusedNamingTheFormat(string route)
    {
        using var response = await reporting.Reports().Http.GetAsync($"{route}&format=xlsx");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("format", out _), problem.ToString());
    }

    private async Task<JsonElement> JsonAsync(string route) =>
        await reporting.Reports().Http.GetFromJsonAsync<JsonElement>(route);

    private async Task<List<string[]>> CsvAsync(string route)
    {
        var separator = route.Contains('?') ? '&' : '?';
        using var response = await reporting.Reports().Http.GetAsync($"{route}{separator}format=csv");
        response.EnsureSuccessStatusCode();
        using var parser = new TextFieldParser(await response.Content.ReadAsStreamAsync(), Encoding.UTF8) { HasFieldsEnclosedInQuotes = true };
        parser.SetDelimiters(",");
        var rows = new List<string[]>();
        while (!parser.EndOfData)
        {
            rows.Add(parser.ReadFields()!);
        }

        return rows;
    }

    private static Dictionary<string, string> Flatten(JsonElement element)
    {
        var figures = new Dictionary<string, string>();
        Walk(element, "");
        return figures;

        void Walk(JsonElement value, string path)
        {
            switch (value.ValueKind)
            {
                case JsonValueKind.Object:
                    foreach (var property in value.EnumerateObject())
                    {
                        Walk(property.Value, path.Length == 0 ? property.Name : $"{path}.{property.Name}");
                    }

                    break;
                case JsonValueKind.Array:
                    var index = 0;
                    foreach (var item in value.EnumerateArray())
                    {
                        Walk(item, $"{path}.{index++.ToString(CultureInfo.InvariantCulture)}");
                    }

                    break;
                case JsonValueKind.Null:
                    figures[path] = "";
                    break;
                case JsonValueKind.String:
                    figures[path] = value.GetString()!;
                    break;
                default:
                    figures[path] = value.GetRawText();
                    break;
            }
        }
    }
}
