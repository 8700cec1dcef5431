using CccdPlatform.Contracts;
using CccdPlatform.Reporting.Model;

namespace CccdPlatform.Reporting.Projections;

/// <summary>
/// The counters one application adds to, as a function of what is known of it. Every change to an application is
/// projected as "take away what it contributed, change it, add what it contributes now": so a redelivered or late
/// event that changes nothing changes no counter, and the order events arrive in does not matter. The counters are
/// those of the application's map: a receipt that changes it takes the figures away from one map and adds them to the other.
/// </summary>
public static class ApplicationContribution
{
    public static void Add(ApplicationState application, int sign, CounterDeltas deltas)
    {
        var path = new UnitPath(application.ProvinceCode, application.DistrictCode, application.CommuneCode);
        var chain = path.SelfAndAncestors().ToList();
        var map = application.Map;

        if (application.Status is { } status)
        {
            foreach (var unit in chain)
            {
                deltas.Unit(map, unit, Metrics.Status(status), sign);
            }
        }

        if (!application.Received)
        {
            return;
        }

        var day = application.CollectedOn!.Value;
        foreach (var unit in chain)
        {
            deltas.Unit(map, unit, Metrics.Received, sign);
            deltas.Unit(map, unit, Metrics.Channel(application.Channel!), sign);
            deltas.Unit(map, unit, Metrics.VisitType(application.VisitType!), sign);
            deltas.Unit(map, unit, Metrics.RequestKind(application.RequestKind!), sign);
            deltas.Day(map, unit, day, Metrics.Received, sign);
            deltas.Day(map, unit, day, Metrics.Channel(application.Channel!), sign);
            deltas.Day(map, unit, day, Metrics.VisitType(application.VisitType!), sign);
            if (application.TeamCode is { } team)
            {
                deltas.Team(map, unit, day, Metrics.Team, team, sign);
            }

            if (application.MachineId is { } machine)
            {
                deltas.Team(map, unit, day, Metrics.Machine, machine, sign);
            }

            if (application.IsCrossProvince)
            {
                deltas.Unit(map, unit, Metrics.ForOtherProvinces, sign);
                deltas.Day(map, unit, day, Metrics.ForOtherProvinces, sign);
            }
        }

        if (application.IsCrossProvince)
        {
            deltas.Unit(map, application.PermanentProvinceCode, Metrics.ReceivedElsewhere, sign);
            deltas.Day(map, application.PermanentProvinceCode, day, Metrics.ReceivedElsewhere, sign);
        }

        // Coverage counts citizens against the population they belong to: a citizen collected in another province
        // counts for their home province only (events do not say their home district).
        if (application.Status != Metrics.Cancelled)
        {
            foreach (var unit in application.IsCrossProvince ? [application.PermanentProvinceCode] : chain)
            {
                deltas.Unit(map, unit, Metrics.Covered, sign);
                deltas.Day(map, unit, day, Metrics.Covered, sign);
            }
        }
    }
}
