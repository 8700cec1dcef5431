using CccdPlatform.Contracts.Intake;
using CccdPlatform.Reporting.Infrastructure;
using CccdPlatform.Reporting.Model;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace CccdPlatform.Reporting.Consumers;

/// <summary>Counts a received application in its collecting unit and every unit above it.</summary>
public sealed class ApplicationReceivedConsumer(ReportingDbContext db) : IConsumer<ApplicationReceived>
{
    public async Task Consume(ConsumeContext<ApplicationReceived> context)
    {
        foreach (var unitCode in context.Message.CollectingUnit.SelfAndAncestors())
        {
            var updated = await db.UnitProgress
                .Where(p => p.UnitCode == unitCode)
                .ExecuteUpdateAsync(set => set.SetProperty(p => p.Received, p => p.Received + 1), context.CancellationToken);
            if (updated == 0)
            {
                // A concurrent first insert for the same unit fails on the key; the retry then updates.
                db.UnitProgress.Add(new UnitProgress { UnitCode = unitCode, Received = 1 });
            }
        }

        await db.SaveChangesAsync(context.CancellationToken);
    }
}
