namespace CccdPlatform.Intake.Model;

public enum Sex
{
    Male,
    Female,
}
