using CccdPlatform.Contracts;
using CccdPlatform.Contracts.Intake;
using CccdPlatform.TestSupport;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using static CccdPlatform.Reporting.Tests.Events;

namespace CccdPlatform.Reporting.Tests;

public class ScaleOutTests(ReportingServers servers) : IClassFixture<ReportingServers>
{
    [Fact]
    public async Task TwoInstancesShareTheQueueAndCountEveryApplicationOnceThroughRedeliveries()
    {
        const int Applications = 1200;
        var unit = new UnitPath("38", "407", null);
        await using var intake = await EventPublisher.StartAsync(servers.MessagingConnectionString);
        await using var first = ReportingHost.Start(servers);
        await using var second = ReportingHost.Start(servers);
        var firstConsumed = Count(first);
        var secondConsumed = Count(second);

        var sent = new List<(ApplicationReceived Event, Guid MessageId)>();
        for (var i = 0; i < Applications; i++)
        {
            var received = Received(unit);
            sent.Add((received, await intake.PublishAsync(received)));
        }

        await Eventually.HoldsAsync(
            () => Task.FromResult(firstConsumed.Value > 0 && secondConsumed.Value > 0), TimeSpan.FromSeconds(90));

        // Intake's outbox sends some again after a crash: the same MessageIds, to whichever instance takes them.
        foreach (var (received, messageId) in sent.Take(100))
        {
            await intake.PublishAsync(received, messageId);
        }

        var reports = second.Reports();
        await Eventually.HoldsAsync(
            async () => await reports.StatusAsync() is { StoredEvents: Applications, PendingEvents: 0 },
            TimeSpan.FromSeconds(120));
        Assert.Equal(Applications, (await reports.ProgressAsync("407")).Received);
        Assert.Equal(Applications, (await reports.StatusAsync()).StoredEvents);
    }

    private static ConsumedCount Count(ReportingHost host)
    {
        var counter = new ConsumedCount();
        host.Services.GetRequiredService<IBus>().ConnectConsumeMessageObserver(counter);
        return counter;
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
