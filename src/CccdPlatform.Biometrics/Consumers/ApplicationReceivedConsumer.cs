using CccdPlatform.Biometrics.Infrastructure;
using CccdPlatform.Biometrics.Screening;
using CccdPlatform.Contracts.Intake;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace CccdPlatform.Biometrics.Consumers;

/// <summary>
/// Learns which citizen an application belongs to (as intake's opaque reference) and which units may reach it.
/// Applications arrive in batches, each stored in one statement that skips those already known: a transaction per
/// message through the inbox cost more CPU than the work itself at campaign peaks. Captures that came before their
/// application are screened in the same transaction, so an announcement never commits without them.
/// </summary>
public sealed class ApplicationReceivedConsumer(BiometricsDbContext db, CaptureReception reception) : IConsumer<Batch<ApplicationReceived>>
{
    public async Task Consume(ConsumeContext<Batch<ApplicationReceived>> context)
    {
        var batch = context.Message.Select(received => received.Message).ToList();
        await using var transaction = await db.Database.BeginTransactionAsync(context.CancellationToken);
        await KnownApplications.InsertAsync(db, batch, context.CancellationToken);
        await reception.ScreenHeldAndCommitAsync(batch.Select(received => received.ApplicationId).ToHashSet(), context.CancellationToken);
    }
}
