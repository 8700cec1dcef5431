using CccdPlatform.Intake.Infrastructure;
using CccdPlatform.Intake.Model;

namespace CccdPlatform.Intake.Consumers;

/// <summary>Applies what the biometrics service decided to an application's status.</summary>
public sealed class BiometricOutcomes(IntakeDbContext db, TimeProvider clock, ILogger<BiometricOutcomes> logger)
{
    public const string ChangedBy = "biometrics";

    public async Task ApplyAsync(Guid applicationId, ApplicationStatus to, string? reason, CancellationToken cancellationToken)
    {
        var application = await db.Applications.FindAsync([applicationId], cancellationToken);
        if (application is null)
        {
            // Intake commits before it publishes, so biometrics cannot know an application intake lacks.
            throw new InvalidOperationException($"Application {applicationId} is unknown.");
        }

        if (!db.TryMove(application, to, ChangedBy, reason, clock))
        {
            // A late or repeated outcome, e.g. a recapture verdict after a later capture was accepted.
            logger.LogInformation("Application {ApplicationId} is {Status}; the outcome {Outcome} no longer applies",
                applicationId, application.Status, to);
            return;
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Records a decision that keeps the application where it is, so its history explains why it waits.</summary>
    public async Task NoteAsync(Guid applicationId, string note, CancellationToken cancellationToken)
    {
        var application = await db.Applications.FindAsync([applicationId], cancellationToken)
            ?? throw new InvalidOperationException($"Application {applicationId} is unknown.");
        db.Set<StatusChange>().Add(new StatusChange
        {
            ApplicationId = applicationId,
            From = application.Status,
            To = application.Status,
            ChangedBy = ChangedBy,
            ChangedAt = clock.GetUtcNow(),
            Reason = note,
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}
