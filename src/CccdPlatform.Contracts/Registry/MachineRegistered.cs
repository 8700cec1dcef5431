namespace CccdPlatform.Contracts.Registry;

/// <summary>Version 1. A reception machine (capture kit) was registered to a unit, or its name, team or station changed.</summary>
/// <param name="MachineId">The id the machine sends with its work (<c>machineId</c>, <c>X-Machine-Id</c>).</param>
/// <param name="Unit">The unit the machine belongs to.</param>
/// <param name="TeamCode">The mobile team that carries it, if any.</param>
/// <param name="StationCode">The station where it stands, if any.</param>
/// <param name="Name">What officers and reports call it.</param>
/// <param name="Revision">Grows with every change of this machine: a copy keeps the highest it has seen.</param>
/// <param name="RegisteredAt">When.</param>
[InternalEvent]
public sealed record MachineRegistered(
    string MachineId,
    UnitPath Unit,
    string? TeamCode,
    string? StationCode,
    string Name,
    long Revision,
    DateTimeOffset RegisteredAt);
