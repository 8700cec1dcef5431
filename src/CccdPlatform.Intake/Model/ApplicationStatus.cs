namespace CccdPlatform.Intake.Model;

public enum ApplicationStatus
{
    Received,
}
