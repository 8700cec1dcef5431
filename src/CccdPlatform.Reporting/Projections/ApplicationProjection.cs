using CccdPlatform.Contracts.Intake;
using CccdPlatform.Domain;
using CccdPlatform.Reporting.Model;
using CccdPlatform.ServiceDefaults;

namespace CccdPlatform.Reporting.Projections;

/// <summary>
/// Folds intake's events into <see cref="ApplicationState"/> rows. A receipt is counted once per application; a
/// status is replaced only by a newer one (a change that arrives after a later one is ignored), and a status change
/// that arrives before its receipt is counted by status now and by the receipt's dimensions when it comes.
/// </summary>
public static class ApplicationProjection
{
    public static void Apply(ApplicationReceived received, ApplicationStates states, CounterDeltas deltas)
    {
        var application = states.Find(received.ApplicationId);
        if (application is { Received: true })
        {
            return;
        }

        if (application is null)
        {
            application = states.Add(new ApplicationState
            {
                ApplicationId = received.ApplicationId,
                ProvinceCode = received.CollectingUnit.ProvinceCode,
                PermanentProvinceCode = received.PermanentProvinceCode,
            });
        }
        else
        {
            ApplicationContribution.Add(application, -1, deltas);
        }

        application.Map = EventMaps.OfReceipt(received);
        application.ProvinceCode = received.CollectingUnit.ProvinceCode;
        application.DistrictCode = received.CollectingUnit.DistrictCode;
        application.CommuneCode = received.CollectingUnit.CommuneCode;
        application.PermanentProvinceCode = received.PermanentProvinceCode;
        application.IsCrossProvince = received.IsCrossProvince;
        application.Received = true;
        application.Channel = received.Channel;
        application.VisitType = received.VisitType;
        application.RequestKind = received.RequestKind;
        application.TeamCode = received.TeamCode;
        application.MachineId = received.MachineId;
        application.CollectedOn = VietnamTime.DateOf(received.CollectedAt);
        if (IsNewer(received.ReceivedAt, Metrics.Statuses[0], application))
        {
            application.Status = Metrics.Statuses[0];
            application.StatusChangedAt = received.ReceivedAt.ToUniversalTime();
        }

        ApplicationContribution.Add(application, +1, deltas);
    }

    public static void Apply(ApplicationStatusChanged changed, ApplicationStates states, CounterDeltas deltas)
    {
        var application = states.Find(changed.ApplicationId);
        if (application is null)
        {
            application = states.Add(new ApplicationState
            {
                ApplicationId = changed.ApplicationId,
                Map = EventMaps.On(changed.ChangedAt),
                ProvinceCode = changed.CollectingUnit.ProvinceCode,
                DistrictCode = changed.CollectingUnit.DistrictCode,
                CommuneCode = changed.CollectingUnit.CommuneCode,
                PermanentProvinceCode = changed.PermanentProvinceCode,
                IsCrossProvince = changed.PermanentProvinceCode != changed.CollectingUnit.ProvinceCode,
            });
        }
        else if (IsNewer(changed.ChangedAt, changed.NewStatus, application))
        {
            ApplicationContribution.Add(application, -1, deltas);
        }
        else
        {
            return;
        }

        application.Status = changed.NewStatus;
        application.StatusChangedAt = changed.ChangedAt.ToUniversalTime();
        ApplicationContribution.Add(application, +1, deltas);
    }

    private static bool IsNewer(DateTimeOffset at, string status, ApplicationState application) =>
        application.StatusChangedAt is not { } held
        || at > held
        || at == held && Metrics.RankOf(status) > Metrics.RankOf(application.Status);
}
