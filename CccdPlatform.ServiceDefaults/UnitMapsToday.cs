using CccdPlatform.Domain;

namespace CccdPlatform.ServiceDefaults;

/// <summary>The map of a Vietnamese calendar day, for work done at an instant (<see cref="UnitMaps.MapOn"/>).</summary>
public static class UnitMapsToday
{
    public static AdministrativeUnits At(this UnitMaps maps, DateTimeOffset instant) => maps.On(VietnamTime.DateOf(instant));

    /// <summary>The map of today's work.</summary>
    public static AdministrativeUnits Today(this UnitMaps maps, TimeProvider clock) => maps.At(clock.GetUtcNow());
}
