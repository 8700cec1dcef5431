namespace CccdPlatform.Domain;

public enum UnitLevel
{
    Province,
    District,
    Commune,
}
