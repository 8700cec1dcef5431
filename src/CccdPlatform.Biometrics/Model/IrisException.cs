namespace CccdPlatform.Biometrics.Model;

/// <summary>Why an iris has no template: documented with an exception photo instead of refusing the citizen.</summary>
public enum IrisException
{
    /// <summary>No eye, or an artificial one.</summary>
    Missing,

    /// <summary>Injured or bandaged at the time of capture.</summary>
    Bandaged,

    /// <summary>An eye condition (cataract, aniridia...) that no capture reads.</summary>
    Unreadable,
}
