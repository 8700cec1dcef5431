namespace CccdPlatform.Intake.Tests;

/// <summary>Intake as deployed: work only from registered machines and teams.</summary>
public sealed class RegistryEnforcingIntakeFactory : IntakeFactory
{
    protected override bool EnforcesRegistry => true;
}
