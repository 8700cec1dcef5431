namespace CccdPlatform.Biometrics.Model;

/// <summary>Why a finger has no template: documented with an exception photo instead of refusing the citizen.</summary>
public enum FingerException
{
    Amputated,
    Bandaged,
    Unreadable,
}
