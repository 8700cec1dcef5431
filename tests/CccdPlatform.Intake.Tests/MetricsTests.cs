using System.Net;
using System.Net.Http.Json;
using CccdPlatform.Intake.Extensions;
using CccdPlatform.ServiceDefaults.Authentication;
using CccdPlatform.TestSupport;

namespace CccdPlatform.Intake.Tests;

public class MetricsTests(IntakeFactory intake) : IClassFixture<IntakeFactory>
{
    [Fact]
    public async Task AReceivedApplicationIsCountedOnceByItsChannelAndVisitTypeAndARefusedOneIsNot()
    {
        using var received = intake.Services.Collect<long>(IntakeMetrics.MeterName, IntakeMetrics.ApplicationsReceived);
        var officer = intake.ClientFor(Roles.MobileOfficer, ApplicationForms.Commune);
        var form = ApplicationForms.Mobile().With("visitType", "Hospital");

        await officer.SubmitAsync(form);
        var again = await officer.PostAsJsonAsync(IntakeClients.ApplicationsPath, form);

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var measurement = Assert.Single(received.GetMeasurementSnapshot());
        Assert.Equal(1, measurement.Value);
        Assert.Equal("Mobile", measurement.Tags["cccd.channel"]);
        Assert.Equal("Hospital", measurement.Tags["cccd.visit_type"]);
    }

    [Fact]
    public async Task BatchItemsAreCountedByOutcomeAndOnlyTheCreatedOnesAsReceivedApplications()
    {
        using var items = intake.Services.Collect<long>(IntakeMetrics.MeterName, IntakeMetrics.BatchItems);
        using var received = intake.Services.Collect<long>(IntakeMetrics.MeterName, IntakeMetrics.ApplicationsReceived);
        var officer = intake.ClientFor(Roles.MobileOfficer, ApplicationForms.Commune);
        var batch = new Dictionary<string, object?>
        {
            ["batchId"] = $"B-{Guid.NewGuid():N}",
            ["machineId"] = $"KIT-{Guid.NewGuid():N}"[..20],
            ["items"] = new[] { ApplicationForms.Mobile(), ApplicationForms.Mobile(), ApplicationForms.Mobile().With("personalId", "1") }
                .Select((form, i) => new Dictionary<string, object?> { ["clientItemId"] = $"item-{i}", ["application"] = form })
                .ToList(),
        };

        (await officer.PostAsJsonAsync("/api/intake/batches", batch)).EnsureSuccessStatusCode();
        (await officer.PostAsJsonAsync("/api/intake/batches", batch)).EnsureSuccessStatusCode();

        Assert.Equal(2, items.Total(("cccd.outcome", "Created")));
        Assert.Equal(2, items.Total(("cccd.outcome", "AlreadyReceived")));
        Assert.Equal(2, items.Total(("cccd.outcome", "Invalid")));
        Assert.Equal(0, items.Total(("cccd.outcome", "Conflict")));
        Assert.Equal(2, received.Total(("cccd.channel", "Mobile"), ("cccd.visit_type", "Home")));
        Assert.Equal(2, received.Total());
    }
}
