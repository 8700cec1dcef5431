using System.Net;
using CccdPlatform.ServiceDefaults.Authentication;
using Microsoft.AspNetCore.Hosting;

namespace CccdPlatform.EIdentification.Tests;

/// <summary>The deadline monitor looks only once an hour here, so a late fulfilment is the first to see the breach.</summary>
public sealed class HourlyMonitorEIdFactory : EIdFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("EIdentification:DeadlineCheckInterval", "01:00:00");
    }
}

public class LateFulfilmentTests(HourlyMonitorEIdFactory eid) : IClassFixture<HourlyMonitorEIdFactory>
{
    [Fact]
    public async Task ALateCreationAnnouncesTheBreachOnceWithWhenItWasFulfilled()
    {
        var officer = eid.ClientFor(Roles.StationOfficer, "14797");
        var citizen = TestCitizen.New();
        await eid.RecordAsync(citizen);
        var id = (await officer.RequestAsync(citizen.Form(level: 2), HttpStatusCode.Accepted)).Id();

        eid.Clock.Advance(TimeSpan.FromDays(20));
        await eid.AcceptBiometricsAsync(citizen.ApplicationId);

        var breach = await eid.Breaches.WaitForAsync(e => e.AccountId == id);
        var created = await eid.Created.WaitForAsync(e => e.AccountId == id);
        Assert.Equal(created.Message.CreatedAt, breach.Message.FulfilledAt);
        Assert.Null(breach.Message.WaitingFor);
        Assert.False(created.Message.WithinDeadline);
        var request = (await officer.AccountAsync(id)).GetProperty("requests")[0];
        Assert.False(request.GetProperty("withinDeadline").GetBoolean());
        Assert.Single(eid.Breaches.Received, e => e.Message.AccountId == id);
    }
}
