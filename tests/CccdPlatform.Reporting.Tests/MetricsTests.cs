using CccdPlatform.Contracts;
using CccdPlatform.Reporting.Extensions;
using CccdPlatform.TestSupport;
using static CccdPlatform.Reporting.Tests.Events;

namespace CccdPlatform.Reporting.Tests;

public class MetricsTests(ReportingFactory reporting) : IClassFixture<ReportingFactory>
{
    [Fact]
    public async Task EachProjectedEventRecordsHowLongAfterItHappenedItReachedTheReportsByType()
    {
        using var lag = reporting.Services.Collect<double>(ReportingMetrics.MeterName, ReportingMetrics.ProjectionLag);
        var reports = reporting.Reports();
        await using var intake = await EventPublisher.StartAsync(reporting.MessagingConnectionString);
        var received = Received(new UnitPath("38", "390", null), collectedAt: DateTimeOffset.UtcNow.AddMinutes(-1));
        var settled = await reports.BeginAsync();

        await intake.PublishAsync(received);
        await intake.PublishAsync(StatusChanged(received, "Received", "Approved", DateTimeOffset.UtcNow.AddMinutes(-10)));
        await settled.WaitAsync(2);
        // Recorded just after the commit that the status already shows.
        await Eventually.HoldsAsync(() => Task.FromResult(lag.GetMeasurementSnapshot().Count >= 2));

        var measurements = lag.GetMeasurementSnapshot();
        Assert.Equal(2, measurements.Count);
        Assert.InRange(Assert.Single(measurements, m => m.Tags["cccd.event.type"] as string == "ApplicationReceived").Value, 58, 90);
        Assert.InRange(Assert.Single(measurements, m => m.Tags["cccd.event.type"] as string == "ApplicationStatusChanged").Value, 600, 630);
    }
}
