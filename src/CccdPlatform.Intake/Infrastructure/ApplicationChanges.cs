using CccdPlatform.Contracts.Intake;
using CccdPlatform.Intake.Model;
using CccdPlatform.ServiceDefaults.Messaging;

namespace CccdPlatform.Intake.Infrastructure;

/// <summary>
/// Every change to an application goes through here, so that the open-application guard, the history and the
/// outbox event are always written together with it.
/// </summary>
public static class ApplicationChanges
{
    public static void AddReceived(this IntakeDbContext db, CitizenApplication application, TimeProvider clock)
    {
        db.Applications.Add(application);
        db.OpenApplications.Add(new OpenApplication { PersonalId = application.PersonalId, ApplicationId = application.Id });
        if (application.History.Count == 0)
        {
            // Only once: a batch that falls back to item-by-item saves adds the same application again.
            application.History.Add(new StatusChange
            {
                ApplicationId = application.Id,
                To = application.Status,
                ChangedBy = application.CollectedBy,
                ChangedAt = application.ReceivedAt,
            });
        }
        db.AddOutboxMessage(new ApplicationReceived(
            application.Id,
            application.CitizenRef,
            application.CollectingUnitCode,
            application.CollectingUnit,
            application.PermanentAddress.ProvinceCode,
            application.IsCrossProvince,
            application.Channel.ToString(),
            application.VisitType.ToString(),
            application.RequestKind.ToString(),
            application.TeamCode,
            application.MachineId,
            application.CollectedAt,
            application.ReceivedAt,
            application.Biometrics.ToString(),
            application.Map), clock);
        db.AddOutboxMessage(new CitizenIdentityRecorded(
            application.Id,
            application.CitizenRef,
            application.PersonalId,
            application.FullName,
            application.DateOfBirth,
            application.Sex.ToString(),
            application.CollectingUnit,
            application.EIdRequest,
            application.ReceivedAt,
            application.Map,
            // Only a representative the card rules of the collection day call for: an account is asked for on their request.
            application.LegalRepresentative is { } representative
            && application.Rules.NeedsRepresentative(application.DateOfBirth, application.CollectionDay)
                ? new Representative(representative.FullName, representative.PersonalId, representative.Relationship.ToString())
                : null), clock);
    }

    /// <summary>Moves the application on if its lifecycle allows it; false (and nothing changed) otherwise.</summary>
    public static bool TryMove(
        this IntakeDbContext db, CitizenApplication application, ApplicationStatus to, string by, string? reason, TimeProvider clock)
    {
        var from = application.Status;
        if (!ApplicationLifecycle.CanMove(from, to, application.Biometrics))
        {
            return false;
        }

        var now = clock.GetUtcNow();
        application.Status = to;
        db.Set<StatusChange>().Add(new StatusChange
        {
            ApplicationId = application.Id, From = from, To = to, ChangedBy = by, ChangedAt = now, Reason = reason,
        });
        if (!ApplicationLifecycle.IsOpen(to))
        {
            db.OpenApplications.Remove(new OpenApplication { PersonalId = application.PersonalId, ApplicationId = application.Id });
        }

        db.AddOutboxMessage(new ApplicationStatusChanged(
            application.Id, application.CollectingUnit, application.PermanentAddress.ProvinceCode,
            from.ToString(), to.ToString(), now, application.Map), clock);
        if (to == ApplicationStatus.Cancelled)
        {
            db.AddOutboxMessage(new ApplicationCancelled(application.Id, application.CollectingUnit, reason ?? "", now, application.Map), clock);
        }

        return true;
    }
}
