namespace CccdPlatform.Reporting.Model;

/// <summary>
/// The one row that projectors lock for the length of a batch, so that only one instance projects at a time (counters
/// and application states need one writer), and what they report about their progress.
/// </summary>
public sealed class ProjectorState
{
    public const int TheOne = 1;

    public int Id { get; init; }
    public long ProjectedEvents { get; set; }

    /// <summary>Stored events the projections could not take in (each logged); a rebuild after a fix takes them in.</summary>
    public long SkippedEvents { get; set; }
    public DateTimeOffset? LastProjectedAt { get; set; }
    public DateTimeOffset? RebuiltAt { get; set; }
}
