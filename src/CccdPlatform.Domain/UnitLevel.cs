namespace CccdPlatform.Domain;

public enum UnitLevel
{
    Province,

    /// <summary>Only in the three-tier map (until 30 June 2025).</summary>
    District,
    Commune,
}
