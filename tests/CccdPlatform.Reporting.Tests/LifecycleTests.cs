using CccdPlatform.Contracts;
using CccdPlatform.Domain;
using CccdPlatform.ServiceDefaults;
using static CccdPlatform.Reporting.Tests.Events;

namespace CccdPlatform.Reporting.Tests;

public class LifecycleTests(ReportingFactory reporting) : IClassFixture<ReportingFactory>
{
    private static readonly DateTimeOffset Start = DateTimeOffset.UtcNow.AddMinutes(-30);

    [Fact]
    public async Task StatusChangesMoveAnApplicationFromOneStatusToTheNext()
    {
        var reports = reporting.Reports();
        await using var intake = await EventPublisher.StartAsync(reporting.MessagingConnectionString);
        var application = Received(new UnitPath("40", "412", null), collectedAt: Start);
        var settled = await reports.BeginAsync();

        await intake.PublishAsync(application);
        await intake.PublishAsync(StatusChanged(application, "Received", "BiometricsAccepted", Start.AddMinutes(1)));
        await intake.PublishAsync(StatusChanged(application, "BiometricsAccepted", "Approved", Start.AddMinutes(2)));
        await intake.PublishAsync(Received(new UnitPath("40", "412", null), collectedAt: Start));
        await settled.WaitAsync(4);

        var district = await reports.ProgressAsync("412");
        Assert.Equal(2, district.Received);
        Assert.Equal(1, district.ByStatus["Received"]);
        Assert.Equal(0, district.ByStatus["BiometricsAccepted"]);
        Assert.Equal(1, district.ByStatus["Approved"]);
        Assert.Equal(1, district.Biometrics.Accepted);
        Assert.Equal(1, district.Biometrics.Awaiting);
        Assert.Equal(2, (await reports.ProgressAsync("40")).ByStatus.Values.Sum());
    }

    [Fact]
    public async Task AStatusChangeThatArrivesBeforeItsApplicationIsCountedOnceTheApplicationArrives()
    {
        var reports = reporting.Reports();
        await using var intake = await EventPublisher.StartAsync(reporting.MessagingConnectionString);
        var application = Received(new UnitPath("42", null, null), collectedAt: Start);

        var settled = await reports.BeginAsync();
        await intake.PublishAsync(StatusChanged(application, "Received", "RecaptureNeeded", Start.AddMinutes(5)));
        await settled.WaitAsync(1);
        var early = await reports.ProgressAsync("42");
        Assert.Equal(0, early.Received);
        Assert.Equal(1, early.ByStatus["RecaptureNeeded"]);

        settled = await reports.BeginAsync();
        await intake.PublishAsync(application);
        await settled.WaitAsync(1);
        var late = await reports.ProgressAsync("42");
        Assert.Equal(1, late.Received);
        Assert.Equal(0, late.ByStatus["Received"]);
        Assert.Equal(1, late.ByStatus["RecaptureNeeded"]);
        Assert.Equal(1, late.Biometrics.RecaptureNeeded);
        Assert.Equal(1, late.Covered);
    }

    [Fact]
    public async Task AnOlderStatusChangeArrivingAfterANewerOneIsIgnored()
    {
        var reports = reporting.Reports();
        await using var intake = await EventPublisher.StartAsync(reporting.MessagingConnectionString);
        var application = Received(new UnitPath("44", null, null), collectedAt: Start);
        var settled = await reports.BeginAsync();

        await intake.PublishAsync(application);
        await intake.PublishAsync(StatusChanged(application, "UnderReview", "Approved", Start.AddMinutes(10)));
        await settled.WaitAsync(2);
        settled = await reports.BeginAsync();
        await intake.PublishAsync(StatusChanged(application, "Received", "UnderReview", Start.AddMinutes(5)));
        await settled.WaitAsync(1);

        var province = await reports.ProgressAsync("44");
        Assert.Equal(1, province.ByStatus["Approved"]);
        Assert.Equal(0, province.ByStatus["UnderReview"]);
        Assert.Equal(0, province.ByStatus["Received"]);
    }

    [Fact]
    public async Task ACancelledApplicationStaysReceivedButNoLongerCoversItsCitizen()
    {
        var reports = reporting.Reports();
        await using var intake = await EventPublisher.StartAsync(reporting.MessagingConnectionString);
        var application = Received(new UnitPath("49", null, null), collectedAt: Start);
        var settled = await reports.BeginAsync();

        await intake.PublishAsync(application);
        await intake.PublishAsync(StatusChanged(application, "Received", "Cancelled", Start.AddMinutes(3)));
        await settled.WaitAsync(2);

        var province = await reports.ProgressAsync("49");
        Assert.Equal(1, province.Received);
        Assert.Equal(1, province.ByStatus["Cancelled"]);
        Assert.Equal(0, province.Covered);
        var day = VietnamTime.DateOf(Start);
        var collected = (await reports.DailyAsync("49", day, day)).Days.Single();
        Assert.Equal(0, collected.Covered);
        Assert.Equal(1, collected.Received);
    }
}
