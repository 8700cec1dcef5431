using System.Net;
using System.Net.Http.Json;
using CccdPlatform.Contracts;
using CccdPlatform.Contracts.Intake;
using CccdPlatform.ServiceDefaults.Authentication;
using CccdPlatform.ServiceDefaults.Messaging;
using CccdPlatform.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace CccdPlatform.Intake.Tests;

/// <summary>Work collected since 1 July 2025 names a province and a commune of the two-tier map.</summary>
public class UnitMapOfTheDayTests(IntakeFactory intake) : IClassFixture<IntakeFactory>
{
    private HttpClient Officer(string unitCode = "38") => intake.ClientFor(Roles.StationOfficer, unitCode);

    private async Task<string> RefusalAsync(Dictionary<string, object?> form, string field)
    {
        var problem = await (await Officer().PostAsJsonAsync(IntakeClients.ApplicationsPath, form)).ValidationProblemAsync(field);
        return string.Join(" ", problem.GetProperty("errors").GetProperty(field).EnumerateArray().Select(m => m.GetString()));
    }

    [Fact]
    public async Task AnApplicationOf2026WithADistrictIsRefusedOnTheDistrictField() =>
        Assert.Equal("There are no districts since 1 July 2025: give the province and the commune.",
            await RefusalAsync(ApplicationForms.Valid().WithAddress("districtCode", "380"), "permanentAddress.districtCode"));

    [Fact]
    public async Task ACommuneOfAnotherProvinceIsRefused() =>
        Assert.Equal("Commune 00004 (Phường Ba Đình) is in province 01 (Thành phố Hà Nội), not 38.",
            await RefusalAsync(ApplicationForms.Valid().WithAddress("communeCode", "00004"), "permanentAddress.communeCode"));

    [Fact]
    public async Task ACommuneCodeOfBefore2025IsRefusedNamingTheCommuneItBecame() =>
        Assert.Equal("Commune 14785 (Phường Đông Sơn) was merged into 14797 (Phường Hạc Thành) on 1 July 2025.",
            await RefusalAsync(ApplicationForms.Valid().WithAddress("communeCode", "14785"), "permanentAddress.communeCode"));

    [Fact]
    public async Task AnOldDistrictIsNotACollectingUnitAnyMore() =>
        Assert.Contains("there are no districts since 1 July 2025",
            await RefusalAsync(ApplicationForms.Valid().With("collectingUnitCode", "380"), "collectingUnitCode"));

    [Fact]
    public async Task APlaceOfOriginFollowsTheSameMap() =>
        Assert.Equal("There are no districts since 1 July 2025: give the province and the commune.",
            await RefusalAsync(ApplicationForms.Valid().With("placeOfOrigin", new { provinceCode = "38", districtCode = "380" }),
                "placeOfOrigin.districtCode"));

    [Fact]
    public async Task AnApplicationOf2026InThanhHoaAndHacThanhIsReceivedInTheTwoTierMapAndAnnouncedSo()
    {
        await using var probe = await BrokerProbe<ApplicationReceived>.StartAsync(intake.MessagingConnectionString);
        var id = await Officer().SubmitAsync(ApplicationForms.Valid());

        var view = await (await Officer().GetAsync($"{IntakeClients.ApplicationsPath}/{id}")).OkJsonAsync();
        Assert.Equal("TwoTier2025", view.GetProperty("map").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, view.GetProperty("permanentAddress").GetProperty("districtCode").ValueKind);
        var received = (await probe.WaitForAsync(m => m.ApplicationId == id)).Message;
        Assert.Equal(UnitMap.TwoTier2025, received.Map);
        Assert.Equal(new UnitPath("38", null, ApplicationForms.Commune), received.CollectingUnit);
        var outbox = await intake.QueryAsync(db => db.Set<OutboxMessage>().Where(m => m.Body.Contains(id.ToString())).Select(m => m.Body).ToListAsync());
        Assert.All(outbox, body => Assert.Contains("\"map\":\"TwoTier2025\"", body));
    }

    [Fact]
    public async Task AnIdNumberOfAProvinceMergedIn2025IsStillAnIdNumber() =>
        await Officer().SubmitAsync(ApplicationForms.Valid(ApplicationForms.NewPersonalId("002095")));

    [Fact]
    public async Task AnOfficerOfACommuneCollectsForItButNotForAnother()
    {
        await Officer(ApplicationForms.Commune).SubmitAsync(ApplicationForms.Valid());
        var response = await Officer(ApplicationForms.OtherCommune).PostAsJsonAsync(IntakeClients.ApplicationsPath, ApplicationForms.Valid());
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
