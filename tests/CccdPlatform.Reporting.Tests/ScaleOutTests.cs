using CccdPlatform.Contracts;
using CccdPlatform.Contracts.Intake;
using CccdPlatform.TestSupport;
using MassTransit;
using static CccdPlatform.Reporting.Tests.Events;

namespace CccdPlatform.Reporting.Tests;

public class ScaleOutTests(ReportingServers servers) : IClassFixture<ReportingServers>
{
    private const int Applications = 1200;

    [Fact]
    public Task TwoInstancesShareTheQueueAndCountEveryApplicationOnceThroughRedeliveries() =>
        ShareTheQueueAsync(new UnitPath("38", "407", null), stopFirstHalfway: false);

    [Fact]
    public Task TwoInstancesShareTheQueueAndCountEveryApplicationOnceEvenWhenOneStopsHalfway() =>
        ShareTheQueueAsync(new UnitPath("38", "406", null), stopFirstHalfway: true);

    private async Task ShareTheQueueAsync(UnitPath unit, bool stopFirstHalfway)
    {
        await using var intake = await EventPublisher.StartAsync(servers.MessagingConnectionString);
        await using var first = ReportingHost.Start(servers);
        await using var second = ReportingHost.Start(servers);
        var reports = second.Reports();
        var settled = await reports.BeginAsync();
        var bothConsumed = await BothConsumedAsync(first, second);

        var sent = new List<(ApplicationReceived Event, Guid MessageId)>();
        for (var i = 0; i < Applications; i++)
        {
            var received = Received(unit);
            sent.Add((received, await intake.PublishAsync(received)));
            if (i == Applications / 2)
            {
                await Eventually.HoldsAsync(() => Task.FromResult(bothConsumed()), TimeSpan.FromSeconds(90));
                if (stopFirstHalfway)
                {
                    // As a deployment stops it: events still arriving, some of them in its batches.
                    await first.DisposeAsync();
                }
            }
        }

        // Intake's outbox sends some again after a crash: the same MessageIds, to whichever instance takes them.
        foreach (var (received, messageId) in sent.Take(100))
        {
            await intake.PublishAsync(received, messageId);
        }

        await Eventually.HoldsAsync(
            async () => await reports.StatusAsync() is var status
                && status.StoredEvents == settled.StoredBefore + Applications && status.PendingEvents == 0,
            TimeSpan.FromSeconds(120));
        Assert.Equal(Applications, (await reports.ProgressAsync(unit.DistrictCode!)).Received);
        Assert.Equal(settled.StoredBefore + Applications, (await reports.StatusAsync()).StoredEvents);
    }

    private static async Task<Func<bool>> BothConsumedAsync(ReportingHost first, ReportingHost second)
    {
        var firstConsumed = new ConsumedCount();
        var secondConsumed = new ConsumedCount();
        await first.ObserveAsync(firstConsumed);
        await second.ObserveAsync(secondConsumed);
        return () => firstConsumed.Value > 0 && secondConsumed.Value > 0;
    }

    private sealed class ConsumedCount : IConsumeMessageObserver<ApplicationReceived>
    {
        private int _value;

        public int Value => Volatile.Read(ref _value);

        public Task PreConsume(ConsumeContext<ApplicationReceived> context) => Task.CompletedTask;

        public Task PostConsume(ConsumeContext<ApplicationReceived> context)
        {
            Interlocked.Increment(ref _value);
            return Task.CompletedTask;
        }

        public Task ConsumeFault(ConsumeContext<ApplicationReceived> context, Exception exception) => Task.CompletedTask;
    }
}
