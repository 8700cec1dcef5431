using CccdPlatform.Contracts;
using CccdPlatform.TestSupport;
using static CccdPlatform.Reporting.Tests.Events;

namespace CccdPlatform.Reporting.Tests;

public class RestartTests(ReportingServers servers) : IClassFixture<ReportingServers>
{
    [Fact]
    public async Task CountsSurviveARestartAndEventsPublishedWhileItWasDownAreCountedOnce()
    {
        await using var intake = await EventPublisher.StartAsync(servers.MessagingConnectionString);
        var unit = new UnitPath("38", "403", null);
        var first = Received(unit);
        Guid firstMessageId;

        await using (var before = ReportingHost.Start(servers))
        {
            var reports = before.Reports();
            var settled = await reports.BeginAsync();
            firstMessageId = await intake.PublishAsync(first);
            await intake.PublishAsync(Received(unit));
            await settled.WaitAsync(2);
            Assert.Equal(2, (await reports.ProgressAsync("403")).Received);
        }

        // While reporting is down: one new application, and intake's outbox sending the first one again.
        await intake.PublishAsync(Received(unit));
        await intake.PublishAsync(first, firstMessageId);

        await using var after = ReportingHost.Start(servers);
        var restarted = after.Reports();
        await Eventually.HoldsAsync(async () =>
            await restarted.StatusAsync() is { StoredEvents: 3, PendingEvents: 0 });
        await Task.Delay(500);

        var progress = await restarted.ProgressAsync("403");
        Assert.Equal(3, progress.Received);
        Assert.Equal(3, (await restarted.ProgressAsync("38")).Received);
        Assert.Equal(3, (await restarted.StatusAsync()).StoredEvents);
    }
}
