namespace CccdPlatform.Cli.Tests;

/// <summary>Intake as deployed: work only from machines and teams its copy of the registry holds.</summary>
public sealed class RegistryEnforcingIntakeOnKestrel : IntakeOnKestrel
{
    protected override bool EnforcesRegistry => true;
}
