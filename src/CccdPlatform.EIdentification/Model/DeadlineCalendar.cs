using CccdPlatform.Domain;
using CccdPlatform.ServiceDefaults;

namespace CccdPlatform.EIdentification.Model;

/// <summary>Gives each request its deadline, counting working days in Vietnam time with the configured public holidays.</summary>
public sealed class DeadlineCalendar(IReadOnlySet<DateOnly> holidays)
{
    public IReadOnlySet<DateOnly> Holidays { get; } = holidays;

    public Deadline For(DateTimeOffset requestedAt, int level, bool hasChipCard)
    {
        var days = WorkingDays.Allowed(level, hasChipCard);
        var dueDate = WorkingDays.After(VietnamTime.DateOf(requestedAt), days, Holidays);
        return new Deadline(days, dueDate, VietnamTime.StartOf(dueDate.AddDays(1)).ToUniversalTime());
    }
}
