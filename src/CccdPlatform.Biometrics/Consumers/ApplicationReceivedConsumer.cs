using CccdPlatform.Biometrics.Infrastructure;
using CccdPlatform.Contracts.Intake;
using MassTransit;

namespace CccdPlatform.Biometrics.Consumers;

/// <summary>
/// Learns which citizen an application belongs to (as intake's opaque reference) and which units may reach it, before
/// its capture arrives. Applications arrive in batches, each stored in one statement that skips those already known:
/// a transaction per message through the inbox cost more CPU than the work itself at campaign peaks.
/// </summary>
public sealed class ApplicationReceivedConsumer(BiometricsDbContext db) : IConsumer<Batch<ApplicationReceived>>
{
    public Task Consume(ConsumeContext<Batch<ApplicationReceived>> context) =>
        KnownApplications.InsertAsync(db, context.Message.Select(received => received.Message), context.CancellationToken);
}
