using CccdPlatform.Contracts.Biometrics;
using CccdPlatform.EIdentification.Infrastructure;
using MassTransit;

namespace CccdPlatform.EIdentification.Consumers;

/// <summary>
/// The citizen of an application has accepted biometrics: their waiting level 2 account is created (or upgraded).
/// If intake's identity has not arrived yet, the acceptance is kept and applied when it does.
/// </summary>
public sealed class BiometricsAcceptedConsumer(EIdentificationDbContext db, AccountWorkflow workflow)
    : IConsumer<BiometricsAccepted>
{
    public async Task Consume(ConsumeContext<BiometricsAccepted> context)
    {
        var message = context.Message;
        var cancellationToken = context.CancellationToken;
        var application = await db.ApplicationAsync(message.ApplicationId, cancellationToken);
        application.BiometricsAcceptedAt ??= message.AcceptedAt.ToUniversalTime();
        application.Touch();
        await db.SaveChangesAsync(cancellationToken);

        if (application.PersonalId is { } personalId)
        {
            await workflow.FulfilWaitingAsync(personalId, cancellationToken);
            await workflow.SaveAsync(cancellationToken);
        }
    }
}
