using CccdPlatform.Contracts;
using CccdPlatform.Contracts.Intake;
using CccdPlatform.Domain;
using CccdPlatform.ServiceDefaults;

namespace CccdPlatform.Reporting.Projections;

/// <summary>
/// The map of the unit codes an event names, by the rule of <see cref="UnitMaps.MapOn"/>: an application's codes
/// belong to the map of its day of collection; an event that does not tell that day (a status change heard of before
/// its receipt, an eID or roster event) is read in the map of its own day, and a receipt arriving later corrects it.
/// </summary>
public static class EventMaps
{
    public static UnitMap OfReceipt(ApplicationReceived received) => On(received.CollectedAt);

    public static UnitMap On(DateTimeOffset at) => UnitMaps.MapOn(VietnamTime.DateOf(at));

    public static UnitMap Of(object message) =>
        message is ApplicationReceived received ? OfReceipt(received) : On(ProjectedEvents.OccurredAt(message));
}
