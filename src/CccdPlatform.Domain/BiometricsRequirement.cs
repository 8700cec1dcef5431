namespace CccdPlatform.Domain;

/// <summary>Which biometrics a card application takes, by the citizen's age and the rules of the day.</summary>
public enum BiometricsRequirement
{
    /// <summary>None are taken: under 6, from 1 July 2024.</summary>
    None,

    /// <summary>Face and ten fingers (each captured or with a documented exception); irises optional. Before 1 July 2024.</summary>
    FaceAndFingers,

    /// <summary>Face, ten fingers and both irises, each finger and iris captured or with a documented exception.</summary>
    FaceFingersAndIrises,
}
