namespace CccdPlatform.Reporting.Apis;

/// <param name="ProjectedEvents">Events projected since the last rebuild (or since the start).</param>
/// <param name="PendingEvents">Stored events not projected yet: the backlog behind the figures.</param>
/// <param name="StoredEvents">Events kept in the store.</param>
/// <param name="SkippedEvents">Events set aside because they failed to project again and again (see the service's log).</param>
public sealed record ProjectionStatusView(
    long ProjectedEvents, long PendingEvents, long StoredEvents, long SkippedEvents, DateTimeOffset? LastProjectedAt, DateTimeOffset? RebuiltAt);

public sealed record RebuildView(int QueuedEvents);
