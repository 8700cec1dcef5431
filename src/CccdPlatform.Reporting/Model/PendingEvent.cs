namespace CccdPlatform.Reporting.Model;

/// <summary>
/// A stored event the projections have not taken in yet. Saved with the event and deleted in the transaction that
/// projects it, so no event is projected twice or skipped, whatever order concurrent consumers commit in.
/// </summary>
public sealed class PendingEvent
{
    public long Sequence { get; init; }
}
