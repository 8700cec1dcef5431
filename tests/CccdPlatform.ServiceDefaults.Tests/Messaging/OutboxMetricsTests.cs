using System.Diagnostics.Metrics;
using CccdPlatform.Reporting.Infrastructure;
using CccdPlatform.ServiceDefaults.Messaging;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;

namespace CccdPlatform.ServiceDefaults.Tests.Messaging;

public class OutboxMetricsTests(ReportingHostWithoutDispatcher service) : IClassFixture<ReportingHostWithoutDispatcher>
{
    private sealed class MinuteAgo : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => System.GetUtcNow().AddMinutes(-1);
    }

    [Fact]
    public async Task TheBacklogAndItsAgeShowWhatTheDispatcherFoundAndFallToZeroOnceItIsPublished()
    {
        var dispatcher = ActivatorUtilities.CreateInstance<OutboxDispatcher<ReportingDbContext>>(service.Services);
        while (await dispatcher.DispatchBatchAsync(100, CancellationToken.None) > 0)
        {
        }

        await service.QueryAsync(db =>
        {
            for (var i = 0; i < 5; i++)
            {
                db.AddOutboxMessage(Events.New(), new MinuteAgo());
            }

            return db.SaveChangesAsync();
        });
        var meters = service.Services.GetRequiredService<IMeterFactory>();
        using var pending = new MetricCollector<long>(meters, TelemetryNames.Meter, OutboxMetrics.Pending);
        using var age = new MetricCollector<double>(meters, TelemetryNames.Meter, OutboxMetrics.OldestAge);

        // A full batch of 2 leaves 3 behind it: the gauge counts all 5 it found, not just the batch.
        await dispatcher.DispatchBatchAsync(2, CancellationToken.None);
        pending.RecordObservableInstruments();
        age.RecordObservableInstruments();
        Assert.Equal(5, pending.LastMeasurement?.Value);
        Assert.InRange(age.LastMeasurement?.Value ?? 0, 59, 120);

        await dispatcher.DispatchBatchAsync(100, CancellationToken.None);
        pending.RecordObservableInstruments();
        Assert.Equal(3, pending.LastMeasurement?.Value);

        await dispatcher.DispatchBatchAsync(100, CancellationToken.None);
        pending.RecordObservableInstruments();
        age.RecordObservableInstruments();
        Assert.Equal(0, pending.LastMeasurement?.Value);
        Assert.Equal(0, age.LastMeasurement?.Value);
    }
}
