using CccdPlatform.Reporting.Infrastructure;
using CccdPlatform.Reporting.Model;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace CccdPlatform.ServiceDefaults.Tests.Messaging;

/// <summary>
/// Counts each event in its unit's row, as reporting does, and can fail after writing, so that a
/// change the inbox transaction failed to roll back shows up as a count of two.
/// </summary>
public sealed class ProbeConsumer(ReportingDbContext db, ConsumerLog log) : IConsumer<UnitActivityRecorded>
{
    public async Task Consume(ConsumeContext<UnitActivityRecorded> context)
    {
        var unitCode = context.Message.UnitCode;
        var updated = await db.UnitProgress
            .Where(p => p.UnitCode == unitCode && p.Metric == Metrics.Received)
            .ExecuteUpdateAsync(set => set.SetProperty(p => p.Count, p => p.Count + 1), context.CancellationToken);
        if (updated == 0)
        {
            db.UnitProgress.Add(new UnitProgress { UnitCode = unitCode, Metric = Metrics.Received, Count = 1 });
            await db.SaveChangesAsync(context.CancellationToken);
        }

        if (log.Record(context))
        {
            throw new InvalidOperationException("The first attempt fails on purpose, after its write.");
        }
    }
}
