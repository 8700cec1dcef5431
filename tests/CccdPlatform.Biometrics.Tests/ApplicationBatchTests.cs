using CccdPlatform.Biometrics.Infrastructure;
using CccdPlatform.Biometrics.Model;
using CccdPlatform.Contracts;
using CccdPlatform.Contracts.Intake;
using CccdPlatform.ServiceDefaults.Messaging;
using CccdPlatform.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace CccdPlatform.Biometrics.Tests;

public class ApplicationBatchTests(BiometricsFactory biometrics) : IClassFixture<BiometricsFactory>
{
    private static readonly UnitPath SamSonCommune = new("38", "382", "38201");

    private static ApplicationReceived Received(UnitPath unit, string home)
    {
        var now = DateTimeOffset.UtcNow;
        return new ApplicationReceived(
            Guid.CreateVersion7(), BiometricsFactory.NewCitizenRef(), unit.SelfAndAncestors().Last(), unit, home,
            home != unit.ProvinceCode, "Station", "Station", "Renewal", null, "KIT-382-01", now, now);
    }

    private Task<List<KnownApplication>> KnownAsync(IReadOnlyCollection<Guid> ids) =>
        biometrics.CountAsync(db => db.Applications.AsNoTracking().Where(a => ids.Contains(a.Id)).ToListAsync());

    [Fact]
    public async Task ARedeliveredApplicationAmongManyIsKnownOnceWithItsUnits()
    {
        var sent = Enumerable.Range(0, 250)
            .Select(i => (Event: Received(i % 2 == 0 ? SamSonCommune : BiometricsFactory.ThanhHoaCity, i % 5 == 0 ? "01" : "38"), MessageId: Guid.NewGuid()))
            .ToList();
        // The broker delivers the first one again (same MessageId) while the others are still arriving.
        sent.Insert(100, sent[0]);
        foreach (var (received, messageId) in sent)
        {
            await biometrics.Intake.PublishAsync(received, messageId);
        }

        var ids = sent.Select(s => s.Event.ApplicationId).Distinct().ToList();
        await Eventually.HoldsAsync(async () => (await KnownAsync(ids)).Count == ids.Count, TimeSpan.FromSeconds(30));

        var known = (await KnownAsync(ids)).ToDictionary(a => a.Id);
        Assert.Equal(250, known.Count);
        foreach (var (received, _) in sent)
        {
            var application = known[received.ApplicationId];
            Assert.Equal(received.CitizenRef, application.CitizenRef);
            Assert.Equal(received.CollectingUnit, application.CollectingUnit);
            Assert.Equal(received.IsCrossProvince ? "01" : null, application.HomeProvinceCode);
            Assert.Equal(BiometricStatus.AwaitingCapture, application.Status);
        }

        // The statement is its own inbox: no transaction and inbox row per message.
        Assert.Equal(0, await biometrics.CountAsync(db => db.Set<InboxMessage>().CountAsync()));
    }

    [Fact]
    public async Task AnApplicationTwiceInOneBatchOrAlreadyKnownIsStoredOnce()
    {
        var twice = Received(SamSonCommune, "38");
        var other = Received(BiometricsFactory.ThanhHoaCity, "01");
        var known = await biometrics.ApplicationAsync();
        var alreadyKnown = Received(SamSonCommune, "38") with { ApplicationId = known };

        await using (var scope = biometrics.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<BiometricsDbContext>();
            await KnownApplications.InsertAsync(db, [twice, other, twice, alreadyKnown], CancellationToken.None);
        }

        var stored = await KnownAsync([twice.ApplicationId, other.ApplicationId, known]);
        Assert.Equal(3, stored.Count);
        Assert.Equal("01", stored.Single(a => a.Id == other.ApplicationId).HomeProvinceCode);
        // The application already known keeps what it had: the unit of its first announcement.
        Assert.Equal(BiometricsFactory.ThanhHoaCity, stored.Single(a => a.Id == known).CollectingUnit);
    }

    [Fact]
    public void TheSqlServerStatementParses()
    {
        using var reader = new StringReader(KnownApplications.SqlServerInsert);
        new TSql160Parser(initialQuotedIdentifiers: true).Parse(reader, out var errors);

        Assert.Empty(errors.Select(e => $"{e.Line}:{e.Column} {e.Message}"));
    }
}
