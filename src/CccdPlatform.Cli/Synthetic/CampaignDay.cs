namespace CccdPlatform.Cli.Synthetic;

/// <summary>
/// The day work is collected on (<c>--date</c>), as the platform counts days: Vietnamese calendar days. Its card rules
/// and its map decide who applies and which units the forms name.
/// </summary>
public static class CampaignDay
{
    public static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    private static readonly TimeOnly OpensAt = new(7, 0);
    private const int WorkingMinutes = 10 * 60;

    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow + Vietnam);

    /// <summary>
    /// When a form of <paramref name="day"/> was collected: null today (intake stamps it on arrival), else a time of that
    /// day's work, 7:00 to 17:00 in Vietnam.
    /// </summary>
    public static DateTimeOffset? CollectedAt(DateOnly day, Random random) =>
        day == Today ? null : Opening(day).AddMinutes(random.Next(WorkingMinutes));

    /// <summary>
    /// The <paramref name="index"/>-th of <paramref name="count"/> items a mobile team collected offline: over the last
    /// hours before <paramref name="now"/> today, spread over the working day of a past day.
    /// </summary>
    public static DateTimeOffset BatchItemAt(DateOnly day, DateTimeOffset now, int index, int count) => day == Today
        ? now.AddMinutes(-3 * (count - index) - 5)
        : Opening(day).AddSeconds(WorkingMinutes * 60.0 * index / (count + 1));

    private static DateTimeOffset Opening(DateOnly day) => new(day.ToDateTime(OpensAt), Vietnam);
}
