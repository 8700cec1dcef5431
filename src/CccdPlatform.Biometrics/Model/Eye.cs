namespace CccdPlatform.Biometrics.Model;

public enum Eye
{
    Left,
    Right,
}
