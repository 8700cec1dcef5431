namespace CccdPlatform.Intake.Model;

/// <summary>Why an eligible citizen has not applied yet, as a mobile officer found out.</summary>
public enum NotServedReason
{
    WorkingAway,
    Bedridden,
    InHospital,
    MovedAway,
    Deceased,
    Other,
}
