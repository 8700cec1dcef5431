using System.Diagnostics;
using CccdPlatform.Contracts.Intake;
using CccdPlatform.ServiceDefaults.Persistence;
using CccdPlatform.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CccdPlatform.EIdentification.Tests;

/// <summary>What operations see of e-identification: one trace per application, no error where nothing is wrong.</summary>
public class TraceAndRaceTests(EIdFactory eid) : IClassFixture<EIdFactory>
{
    [Fact]
    public async Task AnAccountAskedForOnTheFormIsAnnouncedInTheTraceOfTheApplication()
    {
        using var traces = new TraceRecorder();
        var citizen = TestCitizen.New();
        ActivityTraceId applicationTrace;
        using (var intakeRequest = new Activity("intake request").Start())
        {
            applicationTrace = intakeRequest.TraceId;
            await eid.Intake.PublishAsync(citizen.Identity(new EIdRequest(1, citizen.PhoneNumber, null)), Guid.NewGuid());
        }

        var requested = await eid.Requested.WaitForAsync(e => e.CitizenRef == citizen.CitizenRef);

        Assert.Equal(applicationTrace, eid.Requested.TraceIds[requested.MessageId!.Value]);
    }

    [Fact]
    public async Task IdentityAndBiometricsArrivingTogetherMakeOneRecordWithoutAKeyConflictOrAnError()
    {
        var citizens = Enumerable.Range(0, 60).Select(_ => TestCitizen.New()).ToList();
        await Task.WhenAll(citizens.SelectMany(citizen => new[]
        {
            eid.Intake.PublishAsync(citizen.Identity(), Guid.NewGuid()),
            eid.Biometrics.PublishAsync(new Contracts.Biometrics.BiometricsAccepted(
                citizen.ApplicationId, Guid.NewGuid(), false, DateTimeOffset.UtcNow), Guid.NewGuid()),
        }));

        var ids = citizens.Select(c => c.ApplicationId).ToList();
        await Eventually.HoldsAsync(async () => await eid.QueryAsync(db => db.Applications.CountAsync(a =>
            ids.Contains(a.ApplicationId) && a.PersonalId != null && a.BiometricsAcceptedAt != null)) == citizens.Count,
            TimeSpan.FromSeconds(60));

        Assert.Equal(citizens.Count, await eid.QueryAsync(db => db.Applications.CountAsync(a => ids.Contains(a.ApplicationId))));
        var logs = eid.Logs.GetSnapshot();
        Assert.DoesNotContain(logs, log => log.Exception is DbUpdateException conflict && conflict.IsUniqueViolation());
        Assert.DoesNotContain(logs, log => log.Level >= LogLevel.Error);
    }
}
