using CccdPlatform.Contracts;
using CccdPlatform.Contracts.EIdentification;
using CccdPlatform.Domain;
using CccdPlatform.ServiceDefaults;

namespace CccdPlatform.Reporting.Tests;

public class EIdTests(ReportingFactory reporting) : IClassFixture<ReportingFactory>
{
    private static readonly DateTimeOffset At = DateTimeOffset.UtcNow.AddHours(-1);

    [Fact]
    public async Task AccountsCountByStateFromTheRequestOnAndByLevelOnceCreated()
    {
        var reports = reporting.Reports();
        await using var eid = await EventPublisher.StartAsync(reporting.MessagingConnectionString);
        var unit = new UnitPath("38", "390", "15127");
        var (activated, waiting) = (Guid.NewGuid(), Guid.NewGuid());
        var settled = await reports.BeginAsync();

        await eid.PublishAsync(Requested(activated, unit, level: 1, version: 1));
        await eid.PublishAsync(Created(activated, unit, level: 1, version: 2));
        await eid.PublishAsync(new AccountActivated(activated, "ref", 1, "Active", unit, 3, At.AddMinutes(2)));
        await eid.PublishAsync(Requested(waiting, unit, level: 2, version: 1));
        await settled.WaitAsync(4);

        var district = (await reports.ProgressAsync("390")).EIdAccounts;
        Assert.Equal(1, district.Total);
        Assert.Equal(1, district.ByLevel["1"]);
        Assert.Equal(0, district.ByLevel["2"]);
        Assert.Equal(1, district.ByState["Active"]);
        Assert.Equal(1, district.ByState["Requested"]);
        Assert.Equal(0, district.ByState["PendingActivation"]);
        var day = VietnamTime.DateOf(At);
        Assert.Equal(1, (await reports.DailyAsync("38", day, day)).Days.Single().EIdCreated);
    }

    [Fact]
    public async Task AnOlderAccountEventArrivingLateDoesNotUndoANewerOneButItsCreationStillCounts()
    {
        var reports = reporting.Reports();
        await using var eid = await EventPublisher.StartAsync(reporting.MessagingConnectionString);
        var unit = new UnitPath("40", "412", null);
        var account = Guid.NewGuid();
        var settled = await reports.BeginAsync();

        await eid.PublishAsync(new AccountUpgraded(account, Guid.NewGuid(), "ref", 1, 2, "Active", unit, unit, At, At.AddDays(3), true, 4, At.AddMinutes(5)));
        await eid.PublishAsync(new AccountActivated(account, "ref", 1, "Active", unit, 3, At.AddMinutes(2)));
        await eid.PublishAsync(Created(account, unit, level: 1, version: 2));
        await settled.WaitAsync(3);

        var province = (await reports.ProgressAsync("40")).EIdAccounts;
        Assert.Equal(1, province.Total);
        Assert.Equal(1, province.ByLevel["2"]);
        Assert.Equal(0, province.ByLevel["1"]);
        Assert.Equal(1, province.ByState["Active"]);
        Assert.Equal(0, province.ByState["PendingActivation"]);
        Assert.Equal(1, (await reports.DailyAsync("40", VietnamTime.DateOf(At), VietnamTime.DateOf(At))).Days.Single().EIdCreated);
    }

    [Fact]
    public async Task ABreachedDeadlineCountsOnceInTheUnitAccountableForIt()
    {
        var reports = reporting.Reports();
        await using var eid = await EventPublisher.StartAsync(reporting.MessagingConnectionString);
        var requestingUnit = new UnitPath("42", "421", null);
        var breach = new DeadlineBreached(Guid.NewGuid(), Guid.NewGuid(), "ref", "NewAccount", 2, "BiometricsAcceptance",
            requestingUnit, 3, At.AddDays(-5), At.AddDays(-1), null, At);
        var settled = await reports.BeginAsync();

        await eid.PublishAsync(breach);
        await eid.PublishAsync(breach); // republished under another MessageId
        await settled.WaitAsync(2);

        Assert.Equal(1, (await reports.ProgressAsync("421")).EIdAccounts.DeadlinesBreached);
        Assert.Equal(1, (await reports.ProgressAsync("42")).EIdAccounts.DeadlinesBreached);
    }

    private static AccountRequested Requested(Guid account, UnitPath unit, int level, int version) =>
        new(account, Guid.NewGuid(), "ref", "NewAccount", level, "Officer", null, level, "Requested", null, unit, unit, true,
            level == 1 ? 1 : 3, At.AddDays(1), version, At);

    private static AccountCreated Created(Guid account, UnitPath unit, int level, int version) =>
        new(account, Guid.NewGuid(), "ref", level, "PendingActivation", unit, At, At.AddDays(1), true, version, At.AddMinutes(1));
}
