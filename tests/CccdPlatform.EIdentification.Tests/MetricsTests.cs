using System.Net;
using CccdPlatform.EIdentification.Extensions;
using CccdPlatform.ServiceDefaults.Authentication;
using CccdPlatform.TestSupport;

namespace CccdPlatform.EIdentification.Tests;

public class MetricsTests(EIdFactory eid) : IClassFixture<EIdFactory>
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    private HttpClient Officer => eid.ClientFor(Roles.StationOfficer, "14797");

    [Fact]
    public async Task ACreatedLevel1AccountIsCountedByLevelAndTheCensusFindsItWaitingForActivation()
    {
        using var requests = eid.Services.Collect<long>(EIdentificationMetrics.MeterName, EIdentificationMetrics.Requests);
        using var created = eid.Services.Collect<long>(EIdentificationMetrics.MeterName, EIdentificationMetrics.AccountsCreated);
        using var accounts = eid.Services.Collect<long>(EIdentificationMetrics.MeterName, EIdentificationMetrics.Accounts);
        var citizen = TestCitizen.New();
        await eid.RecordAsync(citizen);

        await Officer.RequestAsync(citizen.Form(level: 1), HttpStatusCode.Created);
        await Officer.RequestAsync(citizen.Form(level: 1), HttpStatusCode.Conflict);

        Assert.Equal(1, requests.Total(("cccd.eid.level", 1), ("cccd.eid.request_kind", "NewAccount")));
        Assert.Equal(1, requests.Total());
        Assert.Equal(1, created.Total(("cccd.eid.level", 1)));
        Assert.Equal(0, created.Total(("cccd.eid.level", 2)));
        await Eventually.HoldsAsync(() =>
        {
            accounts.Clear();
            accounts.RecordObservableInstruments();
            return Task.FromResult(accounts.Total(("cccd.eid.level", 1), ("cccd.eid.state", "PendingActivation")) >= 1);
        });
    }

    [Fact]
    public async Task ARequestPastItsDeadlineIsCountedAsOneBreachOfItsLevelAndKind()
    {
        using var breaches = eid.Services.Collect<long>(EIdentificationMetrics.MeterName, EIdentificationMetrics.DeadlineBreaches);
        eid.Clock.Set(new DateTimeOffset(2026, 6, 1, 10, 0, 0, Vietnam));
        var citizen = TestCitizen.New();
        await eid.RecordAsync(citizen);
        var account = await Officer.RequestAsync(citizen.Form(level: 2), HttpStatusCode.Accepted);

        eid.Clock.Set(new DateTimeOffset(2026, 6, 20, 10, 0, 0, Vietnam));
        await eid.Breaches.WaitForAsync(e => e.AccountId == account.Id());
        await Task.Delay(TimeSpan.FromSeconds(1)); // several checks of the deadline monitor

        Assert.Equal(1, breaches.Total(("cccd.eid.level", 2), ("cccd.eid.request_kind", "NewAccount")));
        Assert.Equal(1, breaches.Total());
    }
}
