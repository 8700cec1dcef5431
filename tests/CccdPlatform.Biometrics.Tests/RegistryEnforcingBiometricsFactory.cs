namespace CccdPlatform.Biometrics.Tests;

/// <summary>Biometrics as deployed: captures only from registered machines.</summary>
public sealed class RegistryEnforcingBiometricsFactory : BiometricsFactory
{
    protected override bool EnforcesRegistry => true;
}
