namespace CccdPlatform.Domain;

/// <summary>Where a unit of the three-tier map went on 1 July 2025: the two-tier unit its figures roll up into, and why.</summary>
public sealed record UnitSuccession(string OldCode, string NewCode, SuccessionRule Rule);
