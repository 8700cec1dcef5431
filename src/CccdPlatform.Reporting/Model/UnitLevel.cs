namespace CccdPlatform.Reporting.Model;

public enum UnitLevel
{
    Province,
    District,
    Commune,
}
