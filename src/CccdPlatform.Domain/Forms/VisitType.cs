namespace CccdPlatform.Domain.Forms;

/// <summary>Where the citizen was served: at a station, or where a mobile team visited them.</summary>
public enum VisitType
{
    Station,
    Home,
    Hospital,
    WorkplaceOrSchool,
    Other,
}
