using CccdPlatform.Reporting.Infrastructure;
using CccdPlatform.Reporting.Model;
using Microsoft.EntityFrameworkCore;

namespace CccdPlatform.Reporting.Apis;

public static class DailyReport
{
    public static async Task<List<DayView>> ReadAsync(
        ReportingDbContext db, ReportedUnit unit, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var rows = unit.Unit.IsKnown
            ? await db.DailyProgress.AsNoTracking().Of(unit)
                .Where(d => d.Day >= from && d.Day <= to)
                .GroupBy(d => new { d.Day, d.Metric })
                .Select(g => new { g.Key.Day, g.Key.Metric, Count = g.Sum(d => d.Count) })
                .ToListAsync(cancellationToken)
            : [];
        var byDay = rows.ToLookup(r => r.Day);
        var days = new List<DayView>();
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            var counters = byDay[day].ToDictionary(r => r.Metric, r => r.Count);
            days.Add(new DayView(
                day,
                counters.GetValueOrDefault(Metrics.Received),
                ProgressReport.Breakdown(counters, Metrics.ChannelPrefix, Metrics.Channels),
                ProgressReport.Breakdown(counters, Metrics.VisitTypePrefix, Metrics.VisitTypes),
                counters.GetValueOrDefault(Metrics.Covered),
                counters.GetValueOrDefault(Metrics.ForOtherProvinces),
                counters.GetValueOrDefault(Metrics.ReceivedElsewhere),
                counters.GetValueOrDefault(Metrics.EIdCreated)));
        }

        return days;
    }

    public static IEnumerable<string> CsvHeader(IReadOnlyList<DayView> days) =>
    [
        "day", "received",
        .. ChannelsOf(days).Select(c => $"byChannel.{c}"),
        .. VisitTypesOf(days).Select(v => $"byVisitType.{v}"),
        "covered", "forOtherProvinces", "receivedElsewhere", "eIdCreated",
    ];

    public static IEnumerable<IEnumerable<object?>> CsvRows(IReadOnlyList<DayView> days)
    {
        var channels = ChannelsOf(days);
        var visitTypes = VisitTypesOf(days);
        return days.Select(d => (IEnumerable<object?>)
        [
            d.Day, d.Received,
            .. channels.Select(c => (object?)d.ByChannel.GetValueOrDefault(c)),
            .. visitTypes.Select(v => (object?)d.ByVisitType.GetValueOrDefault(v)),
            d.Covered, d.ForOtherProvinces, d.ReceivedElsewhere, d.EIdCreated,
        ]);
    }

    private static List<string> ChannelsOf(IReadOnlyList<DayView> days) => days.SelectMany(d => d.ByChannel.Keys).Distinct().ToList();

    private static List<string> VisitTypesOf(IReadOnlyList<DayView> days) => days.SelectMany(d => d.ByVisitType.Keys).Distinct().ToList();
}
