using System.Text;
using System.Text.Json;
using CccdPlatform.Cli.Api;
using CccdPlatform.Cli.Commands;
using CccdPlatform.Cli.Http;
using CccdPlatform.Cli.Synthetic;
using CccdPlatform.Domain;

namespace CccdPlatform.Cli.Tests;

/// <summary>What the client sends and reads has the shapes the real intake service accepts and answers.</summary>
[Collection(IntakeCollection.Name)]
public class RequestShapesTests(IntakeOnKestrel intake)
{
    private static readonly AdministrativeUnits Units = UnitList.Embedded();
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    private PlatformClient Client() => new(PlatformClient.NewHandler(2), new Uri("http://127.0.0.1:9"), intake.Address);

    private string Authorization(string role = "MobileOfficer", string unit = "38") => "Bearer " + intake.Tokens.Issue(role, unit);

    [Fact]
    public async Task AGeneratedBatchIsCreatedWholeAndResendingItCreatesNothingTwice()
    {
        var generator = new CitizenGenerator(Units, new PersonalIdAllocator(), new Random());
        var batch = generator.Batch(Workplace.At(Units, "15127", "TEAM-15127-01"), 30, DateTimeOffset.UtcNow, eidShare: 0.5);
        var body = JsonSerializer.SerializeToUtf8Bytes(batch, CliJson.Default.BatchForm);
        using var client = Client();

        var first = await client.SendAsync(Operation.Batch, HttpMethod.Post, "/api/intake/batches", body, PlatformClient.Json, Authorization());
        var again = await client.SendAsync(Operation.Batch, HttpMethod.Post, "/api/intake/batches", body, PlatformClient.Json, Authorization());

        var created = first.Read(CliJson.Default.BatchResult)!;
        Assert.All(created.Items, item => Assert.True(item.Outcome == "Created", $"{item.ClientItemId}: {item.Outcome} {JsonSerializer.Serialize(item.Errors)}"));
        var resent = again.Read(CliJson.Default.BatchResult)!;
        Assert.All(resent.Items, item => Assert.Equal("AlreadyReceived", item.Outcome));
        Assert.Equal(created.Items.Select(i => i.ApplicationId), resent.Items.Select(i => i.ApplicationId));
    }

    [Fact]
    public async Task AGeneratedRosterIsImportedWithoutABadLine()
    {
        var generator = new CitizenGenerator(Units, new PersonalIdAllocator(), new Random());
        var commune = Units.Find("14797")!;
        var csv = generator.RosterCsv(commune, Workplace.At(Units, commune.Code), 50, Today);
        using var client = Client();

        var answer = await client.SendAsync(Operation.Roster, HttpMethod.Post, "/api/intake/rosters/14797", Encoding.UTF8.GetBytes(csv),
            "text/csv; charset=utf-8", Authorization("StationOfficer", "14797"));

        var result = answer.Read(CliJson.Default.RosterImportResult)!;
        Assert.Empty(result.Errors);
        Assert.Equal(50, result.Added);
    }

    [Theory]
    [InlineData("14797", null, null)]
    [InlineData("14758", null, 2)]
    [InlineData("15127", "TEAM-15127-07", 1)]
    public async Task ASubmitFromFlagsIsReceived(string collectingUnit, string? team, int? eidLevel)
    {
        var settings = new SubmitSettings
        {
            CollectingUnit = collectingUnit, MobileTeam = team, VisitType = VisitType.Hospital, EIdLevel = eidLevel,
            DateOfBirth = new DateOnly(2008, 2, 29), Sex = Sex.Female,
        };
        var form = SubmitCommand.Compose(settings, Units);
        using var client = Client();

        var answer = await client.SendAsync(Operation.Application, HttpMethod.Post, "/api/intake/applications",
            JsonSerializer.SerializeToUtf8Bytes(form, CliJson.Default.ApplicationForm), PlatformClient.Json, Authorization(), Guid.NewGuid().ToString());

        Assert.True(answer.Status == 201, answer.Describe());
        Assert.Equal("Received", answer.Read(CliJson.Default.ApplicationReceipt)!.Status);
        Assert.Equal('3', form.PersonalId[3]);
        Assert.Equal("08", form.PersonalId[4..6]);
    }

    [Fact]
    public async Task ARefusalIsReadAsAProblemWithItsFieldErrors()
    {
        var form = SubmitCommand.Compose(new SubmitSettings { PersonalId = "038195001234", DateOfBirth = new DateOnly(1995, 4, 12), Sex = Sex.Male }, Units);
        using var client = Client();

        var answer = await client.SendAsync(Operation.Application, HttpMethod.Post, "/api/intake/applications",
            JsonSerializer.SerializeToUtf8Bytes(form, CliJson.Default.ApplicationForm), PlatformClient.Json, Authorization());

        Assert.Equal(400, answer.Status);
        Assert.Contains("4th digit must be 0", answer.Problem()!.Errors!["personalId"][0]);
    }
}
