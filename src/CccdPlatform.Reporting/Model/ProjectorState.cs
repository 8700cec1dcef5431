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
    public DateTimeOffset? LastProjectedAt { get; set; }
    public DateTimeOffset? RebuiltAt { get; set; }
}
