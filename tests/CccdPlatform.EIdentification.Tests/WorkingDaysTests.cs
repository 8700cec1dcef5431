using CccdPlatform.Domain;
using CccdPlatform.EIdentification.Model;

namespace CccdPlatform.EIdentification.Tests;

/// <summary>Deadlines as pure arithmetic, with the 2026 and 2027 days off the platform ships with.</summary>
public class WorkingDaysTests
{
    internal static readonly IReadOnlySet<DateOnly> Holidays2026 = new HashSet<DateOnly>
    {
        new(2026, 1, 1),
        new(2026, 2, 16), new(2026, 2, 17), new(2026, 2, 18), new(2026, 2, 19), new(2026, 2, 20),
        new(2026, 4, 27), new(2026, 4, 30), new(2026, 5, 1),
        new(2026, 9, 1), new(2026, 9, 2),
    };

    /// <summary>
    /// 2027 by the Labour Code (no government schedule was found yet): Tet is Saturday 6 February, so the five Tet days
    /// (5-9 February) put Saturday and Sunday off in lieu on Wednesday 10 and Thursday 11; 1 May is a Saturday (off on
    /// Monday 3 May); National Day is Thursday 2 September with Friday 3.
    /// </summary>
    internal static readonly IReadOnlySet<DateOnly> Holidays2027 = new HashSet<DateOnly>
    {
        new(2027, 1, 1),
        new(2027, 2, 5), new(2027, 2, 8), new(2027, 2, 9), new(2027, 2, 10), new(2027, 2, 11),
        new(2027, 4, 16), new(2027, 4, 30), new(2027, 5, 3),
        new(2027, 9, 2), new(2027, 9, 3),
    };

    private static readonly IReadOnlySet<DateOnly> NoHolidays = new HashSet<DateOnly>();

    private static DateOnly Day(int month, int day) => new(2026, month, day);

    [Theory]
    [InlineData(1, true, 1)]
    [InlineData(2, true, 3)]
    [InlineData(1, false, 7)]
    [InlineData(2, false, 7)]
    public void TheDecreeAllowsOneOrThreeWorkingDaysWithAChipCardAndSevenWithout(int level, bool hasChipCard, int days) =>
        Assert.Equal(days, WorkingDays.Allowed(level, hasChipCard));

    [Fact]
    public void TheRequestDayItselfDoesNotCount() =>
        Assert.Equal(Day(3, 10), WorkingDays.After(Day(3, 9), 1, NoHolidays)); // Monday -> Tuesday

    [Fact]
    public void AWeekendIsSkipped() =>
        Assert.Equal(Day(3, 9), WorkingDays.After(Day(3, 6), 1, NoHolidays)); // Friday -> Monday

    [Fact]
    public void ARequestOnASaturdayIsDueOnMonday() =>
        Assert.Equal(Day(3, 9), WorkingDays.After(Day(3, 7), 1, NoHolidays));

    [Fact]
    public void AHolidayAfterAWeekendIsSkippedToo() =>
        // Friday 24 April; the weekend, then Monday 27 April, the day off for the Hung Kings (Sunday 26 April).
        Assert.Equal(Day(4, 28), WorkingDays.After(Day(4, 24), 1, Holidays2026));

    [Fact]
    public void ThreeWorkingDaysCrossReunificationDayLabourDayAndAWeekend() =>
        // Tue 28, Wed 29 count; Thu 30 April, Fri 1 May, Sat, Sun do not; Mon 4 May is the third.
        Assert.Equal(Day(5, 4), WorkingDays.After(Day(4, 24), 3, Holidays2026));

    [Fact]
    public void SevenWorkingDaysCrossTheWholeTetHoliday() =>
        // Thursday 12 February: Fri 13 is the first; 14-22 February are off; 23-27 are the 2nd to 6th; Mon 2 March the 7th.
        Assert.Equal(Day(3, 2), WorkingDays.After(Day(2, 12), 7, Holidays2026));

    [Theory]
    [InlineData(1, true, 12)] // Fri 12 February, the first working day after Tet
    [InlineData(2, true, 16)] // Fri 12, Mon 15, Tue 16
    [InlineData(1, false, 22)] // Fri 12, 15-19, Mon 22
    public void DeadlinesAskedForOnTheThursdayBeforeTet2027SkipTheWholeBreak(int level, bool hasChipCard, int dueDay) =>
        Assert.Equal(new DateOnly(2027, 2, dueDay),
            WorkingDays.After(new DateOnly(2027, 2, 4), WorkingDays.Allowed(level, hasChipCard), Holidays2027));

    [Fact]
    public void WithoutTheHolidaysTheSameRequestWouldBeDueEarlier() =>
        Assert.Equal(Day(4, 29), WorkingDays.After(Day(4, 24), 3, NoHolidays));

    [Fact]
    public void TheDeadlineEndsAtMidnightVietnamTimeOfTheDueDate()
    {
        var calendar = new DeadlineCalendar(Holidays2026);

        var deadline = calendar.For(new DateTimeOffset(2026, 4, 24, 10, 0, 0, TimeSpan.FromHours(7)), level: 2, hasChipCard: true);

        Assert.Equal(new Deadline(3, Day(5, 4), new DateTimeOffset(2026, 5, 4, 17, 0, 0, TimeSpan.Zero)), deadline);
        Assert.Equal(TimeSpan.Zero, deadline.DueAt.Offset);
    }

    [Fact]
    public void TheRequestDayIsTheVietnameseDayNotTheUtcOne()
    {
        var calendar = new DeadlineCalendar(Holidays2026);

        // 23:30 UTC on Thursday 23 April is 06:30 on Friday 24 April in Vietnam.
        var deadline = calendar.For(new DateTimeOffset(2026, 4, 23, 23, 30, 0, TimeSpan.Zero), level: 1, hasChipCard: true);

        Assert.Equal(Day(4, 28), deadline.DueDate);
    }
}
