using CccdPlatform.Contracts.Biometrics;
using CccdPlatform.EIdentification.Infrastructure;
using CccdPlatform.EIdentification.Model;
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
        var application = await db.Applications.FindAsync([message.ApplicationId], cancellationToken);
        if (application is null)
        {
            application = new ApplicationRecord { ApplicationId = message.ApplicationId };
            db.Applications.Add(application);
        }

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
