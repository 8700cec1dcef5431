namespace CccdPlatform.Contracts.Intake;

/// <summary>Version 1. A commune's roster of eligible citizens was imported or updated.</summary>
/// <param name="Commune">The commune and the units above it.</param>
/// <param name="EligibleCount">How many eligible citizens the commune's roster now holds in total.</param>
/// <param name="ImportedAt">When.</param>
public sealed record RosterImported(UnitPath Commune, int EligibleCount, DateTimeOffset ImportedAt);
