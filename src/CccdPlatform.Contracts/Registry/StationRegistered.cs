namespace CccdPlatform.Contracts.Registry;

/// <summary>
/// Version 1. A fixed reception point of a unit was registered, or its name changed. Internal: the registry is the
/// platform's own administration, and its team events name officers.
/// </summary>
/// <param name="StationCode">The station's code, unique across the platform.</param>
/// <param name="Unit">The unit the station belongs to.</param>
/// <param name="Name">What officers and reports call it.</param>
/// <param name="Revision">Grows with every change of this station: a copy keeps the highest it has seen.</param>
/// <param name="RegisteredAt">When.</param>
[InternalEvent]
public sealed record StationRegistered(
    string StationCode, UnitPath Unit, string Name, long Revision, DateTimeOffset RegisteredAt);
