namespace CccdPlatform.EIdentification.Model;

/// <summary>Working days as the decree counts them: Monday to Friday, except public holidays.</summary>
public static class WorkingDays
{
    /// <summary>Decree 59/2022: 1 working day for level 1 and 3 for level 2 with a chip CCCD; 7 without one.</summary>
    public static int Allowed(int level, bool hasChipCard) => !hasChipCard ? 7 : level == 1 ? 1 : 3;

    public static bool IsWorkingDay(DateOnly day, IReadOnlySet<DateOnly> holidays) =>
        day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !holidays.Contains(day);

    /// <summary>
    /// The <paramref name="count"/>th working day after <paramref name="requestDay"/>. The request day itself never
    /// counts, whatever time the request came in (Civil Code 2015, art. 147: a period in days starts the next day).
    /// </summary>
    public static DateOnly After(DateOnly requestDay, int count, IReadOnlySet<DateOnly> holidays)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        var day = requestDay;
        for (var counted = 0; counted < count;)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day, holidays))
            {
                counted++;
            }
        }

        return day;
    }
}
