namespace CccdPlatform.EndToEnd.Tests;

/// <summary>The tests that share one platform (services at Debug): it starts once for all of them.</summary>
[CollectionDefinition(Name)]
public sealed class PlatformCollection : ICollectionFixture<PlatformFixture>
{
    public const string Name = "platform";
}
