using CccdPlatform.Contracts.Intake;
using CccdPlatform.Domain;
using CccdPlatform.EIdentification.Infrastructure;
using CccdPlatform.EIdentification.Model;
using MassTransit;

namespace CccdPlatform.EIdentification.Consumers;

/// <summary>
/// Keeps the identity registry (who the citizen is, per intake) and registers an account asked for on the application
/// form, as the collecting unit's request.
/// </summary>
public sealed class CitizenIdentityRecordedConsumer(
    EIdentificationDbContext db, AccountWorkflow workflow, ILogger<CitizenIdentityRecordedConsumer> logger)
    : IConsumer<CitizenIdentityRecorded>
{
    public const string RequestedBy = "application-form";

    public async Task Consume(ConsumeContext<CitizenIdentityRecorded> context)
    {
        var message = context.Message;
        var cancellationToken = context.CancellationToken;
        var citizen = await RecordIdentityAsync(message, cancellationToken);

        // Biometrics may have been accepted before intake's event arrived: from now on it counts for the citizen.
        var application = await db.ApplicationAsync(message.ApplicationId, cancellationToken);
        application.PersonalId = message.PersonalId;
        application.Touch();

        await db.SaveChangesAsync(cancellationToken);
        await workflow.FulfilWaitingAsync(message.PersonalId, cancellationToken);

        if (message.EIdRequest is { } eid)
        {
            var phoneNumber = PhoneNumbers.Normalize(eid.PhoneNumber);
            if (phoneNumber is null || eid.Level is not (1 or 2))
            {
                logger.LogWarning("Application {ApplicationId} asks for an eID account with an unusable level or phone number; ignored",
                    message.ApplicationId);
            }
            else
            {
                var (outcome, account, refusals) = await workflow.RequestAsync(citizen, new NewRequest(
                    eid.Level, phoneNumber, eid.Email, message.CollectingUnit, RequestSource.ApplicationForm,
                    message.ApplicationId, RequestedBy, RepresentativeOf(message)), cancellationToken);
                if (outcome == RequestOutcome.RefusedByAge)
                {
                    // A form from before intake passed the representative on, or a level the child's age rules out: an
                    // officer asks again at the counter.
                    logger.LogWarning("Application {ApplicationId} asks for a level {Level} eID account the citizen's age rules out ({Fields}); ignored",
                        message.ApplicationId, eid.Level, string.Join(", ", refusals.Keys));
                }

                logger.LogDebug("Application {ApplicationId} asked for a level {Level} eID account: {Outcome} (account {AccountId})",
                    message.ApplicationId, eid.Level, outcome, account?.Id);
            }
        }

        await workflow.SaveAsync(cancellationToken);
    }

    // Intake checked the representative against the citizen's age on the collection day; messages published before it
    // passed the representative on have none.
    private static LegalRepresentative? RepresentativeOf(CitizenIdentityRecorded message) =>
        message.LegalRepresentative is { } r ? new LegalRepresentative(r.FullName, r.PersonalId, r.Relationship).Normalized() : null;

    private async Task<Citizen> RecordIdentityAsync(CitizenIdentityRecorded message, CancellationToken cancellationToken)
    {
        var sex = Enum.Parse<Sex>(message.Sex);
        var citizen = await db.Citizens.FindAsync([message.PersonalId], cancellationToken);
        if (citizen is null)
        {
            citizen = new Citizen
            {
                PersonalId = message.PersonalId,
                CitizenRef = message.CitizenRef,
                FullName = message.FullName,
                DateOfBirth = message.DateOfBirth,
                Sex = sex,
                RecordedAt = message.RecordedAt.ToUniversalTime(),
            };
            citizen.RecordedBy(message.CollectingUnit);
            db.Citizens.Add(citizen);
        }
        else if (message.RecordedAt >= citizen.RecordedAt)
        {
            // A later application (a correction, say) holds the current identity.
            citizen.FullName = message.FullName;
            citizen.DateOfBirth = message.DateOfBirth;
            citizen.Sex = sex;
            citizen.RecordedAt = message.RecordedAt.ToUniversalTime();
            citizen.RecordedBy(message.CollectingUnit);
            citizen.Touch();
        }

        return citizen;
    }
}
