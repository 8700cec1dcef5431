namespace CccdPlatform.Contracts.Intake;

/// <summary>Version 1. A commune's roster of eligible citizens was imported or updated.</summary>
/// <param name="Commune">The commune and the units above it.</param>
/// <param name="EligibleCount">How many eligible citizens the commune's roster now holds in total.</param>
/// <param name="ImportedAt">When.</param>
/// <param name="Map">
/// The map the commune belongs to: the one in force on the day of the import. An optional field added after the first
/// release: messages without it come from that release, and their codes are <c>ThreeTier2023</c>.
/// </param>
public sealed record RosterImported(UnitPath Commune, int EligibleCount, DateTimeOffset ImportedAt, UnitMap Map = UnitMap.ThreeTier2023);
