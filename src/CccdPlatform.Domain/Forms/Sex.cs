namespace CccdPlatform.Domain.Forms;

public enum Sex
{
    Male,
    Female,
}
