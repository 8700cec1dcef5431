using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CccdPlatform.Contracts.Intake;
using CccdPlatform.Domain;
using CccdPlatform.Intake.Apis;
using CccdPlatform.ServiceDefaults;
using CccdPlatform.ServiceDefaults.Authentication;
using CccdPlatform.TestSupport;

namespace CccdPlatform.Intake.Tests;

/// <summary>The card rules of the collection day, as an officer meets them through the API.</summary>
public class CardRulesApiTests(IntakeFactory intake) : IClassFixture<IntakeFactory>
{
    private HttpClient Officer(string role = Roles.StationOfficer) => intake.ClientFor(role, "38");

    private static DateOnly BirthOf(Dictionary<string, object?> form) => DateOnly.Parse((string)form["dateOfBirth"]!);

    private async Task<JsonElement> CreatedAsync(Dictionary<string, object?> form)
    {
        var response = await Officer().PostAsJsonAsync(IntakeClients.ApplicationsPath, form);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"Not created ({(int)response.StatusCode}): {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    [Fact]
    public async Task AFiveYearOldIsReceivedThroughTheRepresentativeAndGoesToApprovalWithoutBiometrics()
    {
        await using var probe = await BrokerProbe<ApplicationReceived>.StartAsync(intake.MessagingConnectionString);
        var form = ApplicationForms.Aged(5).With("legalRepresentative", ApplicationForms.Representative());

        var receipt = await CreatedAsync(form);
        var id = receipt.GetProperty("applicationId").GetGuid();
        Assert.Equal(BirthOf(form).AddYears(14), DateOnly.Parse(receipt.GetProperty("cardExpiresOn").GetString()!));
        Assert.Equal("None", (await probe.WaitForAsync(m => m.ApplicationId == id)).Message.BiometricsRequired);

        var approved = await Officer(Roles.Supervisor).PostAsJsonAsync($"{IntakeClients.ApplicationsPath}/{id}/approve", new { });
        var application = await approved.OkJsonAsync();
        Assert.Equal("Approved", application.GetProperty("status").GetString());
        Assert.Equal("None", application.GetProperty("biometrics").GetString());
        Assert.Equal("Mother", application.GetProperty("legalRepresentative").GetProperty("relationship").GetString());
        Assert.Equal("Law on Identity 26/2023/QH15", application.GetProperty("cardLaw").GetString());
    }

    [Fact]
    public async Task ASixYearOldWaitsForBiometricsWithIrises()
    {
        await using var probe = await BrokerProbe<ApplicationReceived>.StartAsync(intake.MessagingConnectionString);
        var id = (await CreatedAsync(ApplicationForms.Aged(6).With("legalRepresentative", ApplicationForms.Representative())))
            .GetProperty("applicationId").GetGuid();

        Assert.Equal("FaceFingersAndIrises", (await probe.WaitForAsync(m => m.ApplicationId == id)).Message.BiometricsRequired);
        var approval = await Officer(Roles.Supervisor).PostAsJsonAsync($"{IntakeClients.ApplicationsPath}/{id}/approve", new { });
        await approval.ProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task AChildsRepresentativeAndEIdRequestArePassedOnToEIdentificationAndAnAdultHasNone()
    {
        await using var probe = await BrokerProbe<CitizenIdentityRecorded>.StartAsync(intake.MessagingConnectionString);
        var representative = ApplicationForms.Representative();
        var child = (await CreatedAsync(ApplicationForms.Aged(10).With("phoneNumber", "0912345678")
            .With("legalRepresentative", representative).With("eIdRequest", new { level = 2 }))).GetProperty("applicationId").GetGuid();
        var adult = (await CreatedAsync(ApplicationForms.Valid())).GetProperty("applicationId").GetGuid();

        var identity = (await probe.WaitForAsync(m => m.ApplicationId == child)).Message;
        Assert.Equal(new Representative("Lê Thị Hoa", (string)representative["personalId"]!, "Mother"), identity.LegalRepresentative);
        Assert.Equal(new EIdRequest(2, "0912345678", null), identity.EIdRequest);
        Assert.Null((await probe.WaitForAsync(m => m.ApplicationId == adult)).Message.LegalRepresentative);
    }

    [Fact]
    public async Task ATenYearOldWithoutARepresentativeIsRefusedNamingTheRepresentative()
    {
        var response = await Officer().PostAsJsonAsync(IntakeClients.ApplicationsPath, ApplicationForms.Aged(10));

        var problem = await response.ValidationProblemAsync("legalRepresentative");
        Assert.Contains("under 14", problem.GetProperty("errors").GetProperty("legalRepresentative")[0].GetString());
    }

    [Fact]
    public async Task ARepresentativeIsNamedInFullWithAnotherPersonsIdNumber()
    {
        var form = ApplicationForms.Aged(10);
        form["legalRepresentative"] = new Dictionary<string, object?>
        {
            ["fullName"] = " ", ["personalId"] = form["personalId"], ["relationship"] = null,
        };

        var response = await Officer().PostAsJsonAsync(IntakeClients.ApplicationsPath, form);

        var errors = (await response.ValidationProblemAsync("legalRepresentative.personalId")).GetProperty("errors");
        Assert.Contains("citizen's own", errors.GetProperty("legalRepresentative.personalId")[0].GetString());
        Assert.True(errors.TryGetProperty("legalRepresentative.fullName", out _), errors.ToString());
        Assert.True(errors.TryGetProperty("legalRepresentative.relationship", out _), errors.ToString());
    }

    [Fact]
    public async Task ARenewalAt25IsReceivedAndTheNewCardLastsTo40()
    {
        var form = ApplicationForms.Aged(25).With("requestKind", "Renewal");
        var birth = BirthOf(form);
        form["currentCardIssuedOn"] = birth.AddYears(16).ToString("yyyy-MM-dd");

        var receipt = await CreatedAsync(form);

        Assert.Equal(birth.AddYears(40), DateOnly.Parse(receipt.GetProperty("cardExpiresOn").GetString()!));
        var application = await Officer().GetFromJsonAsync<JsonElement>(
            $"{IntakeClients.ApplicationsPath}/{receipt.GetProperty("applicationId").GetGuid()}");
        Assert.Equal("Renewal", application.GetProperty("requestKind").GetString());
        Assert.Equal(birth.AddYears(40), DateOnly.Parse(application.GetProperty("cardExpiresOn").GetString()!));
        Assert.Equal(birth.AddYears(16), DateOnly.Parse(application.GetProperty("currentCardIssuedOn").GetString()!));
    }

    [Fact]
    public async Task ARenewalIsReceivedFromThirtyDaysBeforeTheCurrentCardExpires()
    {
        var form = ApplicationForms.Aged(25, daysPastBirthday: -CardRules.RenewalWindowDays).With("requestKind", "Renewal");
        form["currentCardIssuedOn"] = BirthOf(form).AddYears(16).ToString("yyyy-MM-dd");

        await CreatedAsync(form);
    }

    [Fact]
    public async Task ARenewalThatIsNotDueIsRefusedSayingWhenItWillBe()
    {
        var form = ApplicationForms.Aged(23).With("requestKind", "Renewal");
        var birth = BirthOf(form);
        form["currentCardIssuedOn"] = birth.AddYears(21).ToString("yyyy-MM-dd");

        var response = await Officer().PostAsJsonAsync(IntakeClients.ApplicationsPath, form);

        var message = (await response.ValidationProblemAsync("requestKind")).GetProperty("errors").GetProperty("requestKind")[0].GetString();
        Assert.Contains($"valid until {birth.AddYears(25):yyyy-MM-dd}", message);
    }

    [Fact]
    public async Task ARenewalWithoutTheCurrentCardsDateIsRefusedNamingIt()
    {
        var response = await Officer().PostAsJsonAsync(IntakeClients.ApplicationsPath, ApplicationForms.Aged(25).With("requestKind", "Renewal"));

        await response.ValidationProblemAsync("currentCardIssuedOn");
    }

    [Theory]
    [InlineData("Lost")]
    [InlineData("Damaged")]
    [InlineData("DetailsChanged")]
    [InlineData("Correction")]
    [InlineData("UnitsReorganised")]
    public async Task EveryOtherKindOfRequestIsReceivedWhateverTheCurrentCardsAge(string kind)
    {
        var receipt = await CreatedAsync(ApplicationForms.Aged(30).With("requestKind", kind));

        var application = await Officer().GetFromJsonAsync<JsonElement>(
            $"{IntakeClients.ApplicationsPath}/{receipt.GetProperty("applicationId").GetGuid()}");
        Assert.Equal(kind, application.GetProperty("requestKind").GetString());
    }

    [Fact]
    public void BeforeJuly2024ACitizenUnder14IsRefusedEvenWithARepresentative()
    {
        var birth = new DateOnly(2012, 3, 1);
        var form = new SubmitApplication(
            PersonalIdNumber.Compose("38", birth, female: false, 1), "Nguyễn Văn Bình", birth, Sex.Male, null,
            new AddressInput("38", "380", "14755", "12 Lê Lợi"), null, null, null, "380", Channel.Station, null, null, null,
            null, LegalRepresentative: new LegalRepresentativeInput("Lê Thị Hoa", "038190001234", Relationship.Mother));

        var in2024 = Validator(new DateTimeOffset(2024, 6, 30, 9, 0, 0, VietnamTime.Offset)).Validate(form);
        var afterTheLaw = Validator(new DateTimeOffset(2024, 7, 1, 9, 0, 0, VietnamTime.Offset)).Validate(form);

        var error = Assert.Single(in2024.Errors);
        Assert.Equal("dateOfBirth", error.PropertyName);
        Assert.Contains("at least 14", error.ErrorMessage);
        Assert.True(afterTheLaw.IsValid, string.Join("; ", afterTheLaw.Errors));
    }

    private static SubmitApplicationValidator Validator(DateTimeOffset now) => new(UnitMaps.Load(), new FixedClock(now));

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
