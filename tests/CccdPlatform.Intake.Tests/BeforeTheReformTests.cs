using System.Net.Http.Json;
using CccdPlatform.Contracts;
using CccdPlatform.Contracts.Intake;
using CccdPlatform.Domain;
using CccdPlatform.ServiceDefaults;
using CccdPlatform.ServiceDefaults.Authentication;
using CccdPlatform.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace CccdPlatform.Intake.Tests;

/// <summary>Intake on 20 June 2025, before the two-tier map: province, district and commune, as in 2023.</summary>
public sealed class IntakeInJune2025 : IntakeFactory
{
    public static readonly DateTimeOffset Today = new(2025, 6, 20, 9, 0, 0, VietnamTime.Offset);

    public IntakeInJune2025() => Clock.Set(Today);
}

public class BeforeTheReformTests(IntakeInJune2025 intake) : IClassFixture<IntakeInJune2025>
{
    private HttpClient Officer(string unitCode = "38", string role = Roles.StationOfficer) => intake.ClientFor(role, unitCode);

    private static Dictionary<string, object?> JuneForm() => ApplicationForms.Valid().InThreeTierMap(IntakeInJune2025.Today.AddHours(-1));

    [Fact]
    public async Task AnApplicationOfJune2025WithProvinceDistrictAndCommuneIsReceivedInTheThreeTierMap()
    {
        await using var probe = await BrokerProbe<ApplicationReceived>.StartAsync(intake.MessagingConnectionString);
        var id = await Officer("380").SubmitAsync(JuneForm());

        var stored = await intake.QueryAsync(db => db.Applications.AsNoTracking().SingleAsync(a => a.Id == id));
        Assert.Equal(UnitMap.ThreeTier2023, stored.Map);
        Assert.Equal("380", stored.PermanentAddress.DistrictCode);
        var received = (await probe.WaitForAsync(m => m.ApplicationId == id)).Message;
        Assert.Equal(UnitMap.ThreeTier2023, received.Map);
        Assert.Equal(new UnitPath("38", "380", null), received.CollectingUnit);
    }

    [Fact]
    public async Task BeforeJuly2025TheDistrictIsRequired()
    {
        var form = JuneForm();
        ((Dictionary<string, object?>)form["permanentAddress"]!).Remove("districtCode");
        await (await Officer().PostAsJsonAsync(IntakeClients.ApplicationsPath, form)).ValidationProblemAsync("permanentAddress.districtCode");
    }
}
