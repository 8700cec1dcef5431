using Xunit;

namespace CccdPlatform.TestSupport;

/// <summary>For each service with background loops: polls that find no work start no trace.</summary>
public abstract class IdleServiceTests<TFactory> : IClassFixture<TFactory> where TFactory : class
{
    [Fact]
    public async Task AnIdleServiceStartsNoTrace() =>
        // Several polls of each loop: the test factories poll every 100 to 200 ms.
        Assert.Empty(await TraceRecorder.StartedWhileIdleAsync(TimeSpan.FromSeconds(2)));
}
