namespace CccdPlatform.Cli.Tests;

/// <summary>One intake service for every class that talks to it.</summary>
[CollectionDefinition(Name)]
public sealed class IntakeCollection : ICollectionFixture<IntakeOnKestrel>
{
    public const string Name = "intake";
}
