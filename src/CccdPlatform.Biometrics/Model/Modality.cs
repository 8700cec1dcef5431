namespace CccdPlatform.Biometrics.Model;

public enum Modality
{
    Finger,
    Face,
    Iris,
}
