namespace CccdPlatform.Intake.Model;

public enum RequestKind
{
    FirstIssue,
    Renewal,
    Replacement,
    Correction,
}
