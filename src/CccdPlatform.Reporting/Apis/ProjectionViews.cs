namespace CccdPlatform.Reporting.Apis;

/// <param name="ProjectedEvents">Events projected since the last rebuild (or since the start).</param>
/// <param name="PendingEvents">Stored events not projected yet: the backlog behind the figures.</param>
/// <param name="StoredEvents">Events kept in the store.</param>
public sealed record ProjectionStatusView(
    long ProjectedEvents, long PendingEvents, long StoredEvents, DateTimeOffset? LastProjectedAt, DateTimeOffset? RebuiltAt);

public sealed record RebuildView(int QueuedEvents);
