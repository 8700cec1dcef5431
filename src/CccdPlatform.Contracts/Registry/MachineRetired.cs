namespace CccdPlatform.Contracts.Registry;

/// <summary>Version 1. A machine was retired (lost, stolen, broken): for good, its work is refused from now on.</summary>
/// <param name="MachineId">The machine.</param>
/// <param name="Unit">The unit it belonged to.</param>
/// <param name="Revision">Grows with every change of this machine: a copy keeps the highest it has seen.</param>
/// <param name="RetiredAt">When.</param>
[InternalEvent]
public sealed record MachineRetired(string MachineId, UnitPath Unit, long Revision, DateTimeOffset RetiredAt);
