namespace CccdPlatform.TestSupport;

/// <summary>
/// The real clock moved by an offset the test sets: time still flows (the outbox, timers and broker keep working),
/// but a test can jump to a Friday before a holiday or past a deadline.
/// </summary>
public sealed class AdjustableClock : TimeProvider
{
    private TimeSpan _offset;

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + _offset;

    public void Advance(TimeSpan by) => _offset += by;

    /// <summary>Makes it now be <paramref name="instant"/>, from where time flows on.</summary>
    public void Set(DateTimeOffset instant) => _offset = instant - System.GetUtcNow();
}
