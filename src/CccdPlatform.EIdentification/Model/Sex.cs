namespace CccdPlatform.EIdentification.Model;

public enum Sex
{
    Male,
    Female,
}
