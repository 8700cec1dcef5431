namespace CccdPlatform.EIdentification.Model;

/// <summary>What a request needs before the account can be created or upgraded.</summary>
public enum WaitingFor
{
    /// <summary>Level 2 adds biometrics: the citizen's capture must be accepted by the biometrics service.</summary>
    BiometricsAcceptance,
}
