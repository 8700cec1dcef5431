namespace CccdPlatform.EndToEnd.Tests;

/// <summary>The platform with the services' own log levels, as run.sh starts it.</summary>
public sealed class QuietPlatformFixture : PlatformFixture
{
    protected override string? ServiceLogLevel => null;
}
