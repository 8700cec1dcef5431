using System.Globalization;

namespace CccdPlatform.ServiceDefaults.Tests.Messaging;

public static class Events
{
    private static int _lastUnitCode = 10000;

    /// <summary>An event for a unit of its own, so the test consumer's counter for that unit is one test's alone.</summary>
    public static UnitActivityRecorded New() => new(
        Guid.CreateVersion7(),
        Interlocked.Increment(ref _lastUnitCode).ToString(CultureInfo.InvariantCulture),
        DateTimeOffset.UtcNow);
}
