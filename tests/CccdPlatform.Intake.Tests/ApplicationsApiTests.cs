using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CccdPlatform.Contracts.Intake;
using CccdPlatform.Intake.Infrastructure;
using CccdPlatform.ServiceDefaults.Authentication;
using CccdPlatform.ServiceDefaults.Messaging;
using CccdPlatform.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CccdPlatform.Intake.Tests;

public class ApplicationsApiTests(IntakeFactory intake) : IClassFixture<IntakeFactory>
{
    private const string Path = "/api/intake/applications";

    private HttpClient Officer(string role = Roles.StationOfficer, string unitCode = "38")
    {
        var client = intake.CreateClient();
        client.DefaultRequestHeaders.Authorization = intake.Tokens.Bearer(role, unitCode);
        return client;
    }

    private async Task<int> SavedApplicationsAsync()
    {
        await using var scope = intake.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IntakeDbContext>().Applications.CountAsync();
    }

    [Fact]
    public async Task AValidApplicationIsReceivedAndCanBeReadBack()
    {
        var client = Officer();
        var personalId = ApplicationForms.NewPersonalId("038195");
        var response = await client.PostAsJsonAsync(Path, ApplicationForms.Valid(personalId)
            .With("fullName", "  Trần   Thị Bình ".Normalize(NormalizationForm.FormD))
            .With("sex", "Female"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var receipt = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Received", receipt.GetProperty("status").GetString());
        var id = receipt.GetProperty("applicationId").GetGuid();
        Assert.Equal($"{Path}/{id}", response.Headers.Location?.OriginalString);

        var saved = await client.GetFromJsonAsync<JsonElement>(response.Headers.Location);
        Assert.Equal("Trần Thị Bình".Normalize(NormalizationForm.FormC), saved.GetProperty("fullName").GetString());
        Assert.Equal(personalId, saved.GetProperty("personalId").GetString());
        Assert.Equal(ApplicationForms.Commune, saved.GetProperty("permanentAddress").GetProperty("communeCode").GetString());
        Assert.Equal("officer-1", saved.GetProperty("collectedBy").GetString());
    }

    [Fact]
    public async Task AReceivedApplicationIsAnnouncedOnTheBrokerWithItsUnits()
    {
        await using var probe = await BrokerProbe<ApplicationReceived>.StartAsync(intake.MessagingConnectionString);
        var response = await Officer().PostAsJsonAsync(Path, ApplicationForms.Mobile()
            .With("collectingUnitCode", ApplicationForms.Commune));
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("applicationId").GetGuid();

        var received = await probe.WaitForAsync(m => m.ApplicationId == id);
        Assert.Equal(["38", ApplicationForms.Commune], received.Message.CollectingUnit.SelfAndAncestors());
        Assert.Equal("Mobile", received.Message.Channel);
        Assert.Equal("Home", received.Message.VisitType);
        Assert.Equal("TEAM-380-01", received.Message.TeamCode);
        Assert.Equal(64, received.Message.CitizenRef.Length);
        Assert.False(received.Message.IsCrossProvince);

        await using var scope = intake.Services.CreateAsyncScope();
        var outbox = await scope.ServiceProvider.GetRequiredService<IntakeDbContext>()
            .Set<OutboxMessage>().SingleAsync(m => m.Id == received.MessageId);
        Assert.NotNull(outbox.SentAt);
    }

    [Fact]
    public async Task TheEventContinuesTheTraceOfTheRequestThatRaisedIt()
    {
        using var listener = new ActivityListener
        {
            ShouldListenTo = _ => true,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
        };
        ActivitySource.AddActivityListener(listener);
        await using var probe = await BrokerProbe<ApplicationReceived>.StartAsync(intake.MessagingConnectionString);
        var traceId = ActivityTraceId.CreateRandom();
        var request = new HttpRequestMessage(HttpMethod.Post, Path)
        {
            Content = JsonContent.Create(ApplicationForms.Valid()),
        };
        request.Headers.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom()}-01");

        var response = await Officer().SendAsync(request);
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("applicationId").GetGuid();

        var received = await probe.WaitForAsync(m => m.ApplicationId == id);
        Assert.Equal(traceId, probe.TraceIds[received.MessageId!.Value]);
    }

    [Fact]
    public async Task TheOpenApiDocumentDescribesTheApiWithoutAToken()
    {
        var document = await intake.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        Assert.True(document.GetProperty("paths").TryGetProperty(Path, out _));
        Assert.Equal("bearer", document.GetProperty("components").GetProperty("securitySchemes")
            .GetProperty("Bearer").GetProperty("scheme").GetString());
    }

    [Fact]
    public async Task AnEIdAccountAskedForOnTheFormIsPassedOnWithTheCitizensIdentity()
    {
        await using var probe = await BrokerProbe<CitizenIdentityRecorded>.StartAsync(intake.MessagingConnectionString);
        var personalId = ApplicationForms.NewPersonalId();
        var response = await Officer().PostAsJsonAsync(Path, ApplicationForms.Valid(personalId)
            .With("phoneNumber", "+84 912 345 678")
            .With("eIdRequest", new { level = 2 }));
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("applicationId").GetGuid();

        var identity = (await probe.WaitForAsync(m => m.ApplicationId == id)).Message;
        Assert.Equal(personalId, identity.PersonalId);
        Assert.Equal(new DateOnly(1995, 4, 12), identity.DateOfBirth);
        Assert.Equal(new EIdRequest(2, "0912345678", null), identity.EIdRequest);
    }

    [Theory]
    [InlineData(3, "0912345678", "eIdRequest.level")]
    [InlineData(1, "12345", "eIdRequest.phoneNumber")]
    [InlineData(1, null, "eIdRequest.phoneNumber")]
    public async Task AnInvalidEIdRequestIsRefusedNamingItsField(int level, string? phone, string field)
    {
        var response = await Officer().PostAsJsonAsync(Path, ApplicationForms.Valid()
            .With("eIdRequest", new { level, phoneNumber = phone }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out _), errors.ToString());
    }

    [Fact]
    public async Task AnApplicationFromAnotherProvinceIsMarkedCrossProvince()
    {
        await using var probe = await BrokerProbe<ApplicationReceived>.StartAsync(intake.MessagingConnectionString);
        var response = await Officer(Roles.Admin, "01").PostAsJsonAsync(Path, ApplicationForms.Valid()
            .With("collectingUnitCode", "01"));
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("applicationId").GetGuid();

        var received = await probe.WaitForAsync(m => m.ApplicationId == id);
        Assert.True(received.Message.IsCrossProvince);
        Assert.Equal("38", received.Message.PermanentProvinceCode);
        Assert.Equal("01", received.Message.CollectingUnit.ProvinceCode);
    }

    public static TheoryData<string, Dictionary<string, object?>> InvalidForms => new()
    {
        { "personalId", ApplicationForms.Valid().With("personalId", "03809500123") },
        { "personalId", ApplicationForms.Valid().With("personalId", "999095001234") },
        { "personalId", ApplicationForms.Valid().With("personalId", "038195001234") },
        { "personalId", ApplicationForms.Valid().With("personalId", "038096001234") },
        { "personalId", ApplicationForms.Valid().With("personalId", null) },
        { "fullName", ApplicationForms.Valid().With("fullName", "   ") },
        { "fullName", ApplicationForms.Valid().With("fullName", new string('A', 101)) },
        { "fullName", ApplicationForms.Valid().With("fullName", "Nguyen <b>") },
        { "legalRepresentative", ApplicationForms.Valid(ApplicationForms.NewPersonalId("038215")).With("dateOfBirth", "2015-01-01") },
        { "dateOfBirth", ApplicationForms.Valid().With("dateOfBirth", "1895-01-01") },
        { "dateOfBirth", ApplicationForms.Valid().With("dateOfBirth", "12/04/1995") },
        { "sex", ApplicationForms.Valid().With("sex", "Unknown") },
        { "sex", ApplicationForms.Valid().With("sex", 1) },
        { "channel", ApplicationForms.Valid().With("channel", null) },
        { "collectingUnitCode", ApplicationForms.Valid().With("collectingUnitCode", "99999") },
        { "collectedAt", ApplicationForms.Valid().With("collectedAt", DateTimeOffset.UtcNow.AddDays(1)) },
        { "permanentAddress", ApplicationForms.Valid().With("permanentAddress", null) },
        { "permanentAddress.provinceCode", ApplicationForms.Valid().WithAddress("provinceCode", "00") },
        { "permanentAddress.districtCode", ApplicationForms.Valid().WithAddress("districtCode", "380") },
        { "permanentAddress.communeCode", ApplicationForms.Valid().WithAddress("provinceCode", "01") },
        { "permanentAddress.communeCode", ApplicationForms.Valid().WithAddress("communeCode", "14755") },
        { "permanentAddress.line", ApplicationForms.Valid().WithAddress("line", "") },
    };

    [Theory]
    [MemberData(nameof(InvalidForms))]
    public async Task AnInvalidApplicationIsRefusedWithProblemDetailsNamingTheFieldAndNothingIsSaved(
        string field, Dictionary<string, object?> form)
    {
        var before = await SavedApplicationsAsync();
        var response = await Officer().PostAsJsonAsync(Path, form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out var messages), $"No error for {field}: {errors}");
        Assert.Contains(messages.EnumerateArray(), m => !string.IsNullOrWhiteSpace(m.GetString()));
        Assert.Equal(before, await SavedApplicationsAsync());
    }

    [Fact]
    public async Task BrokenJsonIsRefusedWithProblemDetails()
    {
        var response = await Officer().PostAsync(Path,
            new StringContent("{\"personalId\": \"0380", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task WithoutATokenTheCallerIsUnauthenticated()
    {
        var response = await intake.CreateClient().PostAsJsonAsync(Path, ApplicationForms.Valid());
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData(Roles.Integrator)]
    [InlineData(Roles.Operations)]
    public async Task ARoleThatDoesNotCollectApplicationsIsForbidden(string role)
    {
        var before = await SavedApplicationsAsync();
        var response = await Officer(role).PostAsJsonAsync(Path, ApplicationForms.Valid());
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(before, await SavedApplicationsAsync());
    }

    [Fact]
    public async Task AnOfficerCannotCollectForAUnitOutsideTheirOwn()
    {
        var response = await Officer(Roles.StationOfficer, ApplicationForms.OtherCommune).PostAsJsonAsync(Path, ApplicationForms.Valid());
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task AnUnknownApplicationIsNotFound()
    {
        var response = await Officer().GetAsync($"{Path}/{Guid.NewGuid()}");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
