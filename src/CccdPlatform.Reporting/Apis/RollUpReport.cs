using CccdPlatform.Contracts;
using CccdPlatform.Domain;
using CccdPlatform.Reporting.Infrastructure;
using CccdPlatform.Reporting.Model;
using Microsoft.EntityFrameworkCore;

namespace CccdPlatform.Reporting.Apis;

/// <summary>
/// What a rolled-up report took from the 2023 map, old unit by old unit, from the same counters and days as its totals:
/// the old units of a commune, the split communes and what stays at province level (which together make up the old
/// province's figures exactly).
/// </summary>
public static class RollUpReport
{
    private static readonly string[] Figures = [Metrics.Received, Metrics.Covered];

    /// <param name="days">The report's days; null for the running totals.</param>
    public static async Task<RollUpView?> ReadAsync(
        ReportingDbContext db, UnitMaps maps, ReportedUnit unit, (DateOnly From, DateOnly To)? days, CancellationToken cancellationToken)
    {
        if (!unit.RollsUp)
        {
            return null;
        }

        var old = maps.ThreeTier;
        var provinces = unit.Unit.Level == UnitLevel.Province ? unit.FormerCodes : [];
        var districts = provinces.SelectMany(old.ChildrenOf).Select(d => d.Code).ToList();
        var communes = districts.SelectMany(old.ChildrenOf).Select(c => c.Code).ToList();
        var figures = await ReadAsync(db, [.. unit.FormerCodes, .. districts, .. communes], days, cancellationToken);

        Figure Of(string code) => figures.GetValueOrDefault(code);
        FormerUnitView View(string code, Figure figure)
        {
            var successor = maps.SuccessorOf(code)!;
            var known = old.Find(code);
            return new(code, known?.Name, known?.Level ?? UnitCodes.LevelOf(code), successor.Rule, successor.NewCode, figure.Received, figure.Covered);
        }

        var units = unit.FormerCodes.Select(c => View(c, Of(c))).ToList();
        var split = unit.Unit.Level == UnitLevel.Province
            ? communes.Where(c => maps.SuccessorOf(c)!.Rule == SuccessionRule.Split && !Of(c).IsZero).Select(c => View(c, Of(c))).ToList()
            : units.Where(u => u.Rule == SuccessionRule.Split).ToList();
        var provinceOnly = new List<FormerUnitView>();
        foreach (var province in provinces)
        {
            var inDistricts = Figure.Zero;
            foreach (var district in old.ChildrenOf(province).Select(d => d.Code))
            {
                var inCommunes = Figure.Zero;
                foreach (var commune in old.ChildrenOf(district).Select(c => c.Code))
                {
                    inCommunes += Of(commune);
                    if (maps.SuccessorOf(commune)!.Rule == SuccessionRule.ProvinceOnly && !Of(commune).IsZero)
                    {
                        provinceOnly.Add(View(commune, Of(commune)));
                    }
                }

                AddIfAny(provinceOnly, district, Of(district) - inCommunes, View);
                inDistricts += Of(district);
            }

            AddIfAny(provinceOnly, province, Of(province) - inDistricts, View);
        }

        return new RollUpView(units.Sum(u => u.Received), units.Sum(u => u.Covered), units, split, provinceOnly);
    }

    /// <summary>A unit's own collections, beside those of the units under it: a district's or a province's own desk.</summary>
    private static void AddIfAny(List<FormerUnitView> list, string code, Figure own, Func<string, Figure, FormerUnitView> view)
    {
        if (!own.IsZero)
        {
            list.Add(view(code, own));
        }
    }

    private static async Task<Dictionary<string, Figure>> ReadAsync(
        ReportingDbContext db, List<string> codes, (DateOnly From, DateOnly To)? days, CancellationToken cancellationToken)
    {
        var rows = days is (var first, var last)
            ? await db.DailyProgress.AsNoTracking().Of(UnitMap.TwoTier2025, [], codes)
                .Where(d => d.Day >= first && d.Day <= last && Figures.Contains(d.Metric))
                .GroupBy(d => new { d.UnitCode, d.Metric })
                .Select(g => new { g.Key.UnitCode, g.Key.Metric, Count = g.Sum(d => d.Count) })
                .ToListAsync(cancellationToken)
            : await db.UnitProgress.AsNoTracking().Of(UnitMap.TwoTier2025, [], codes)
                .Where(p => Figures.Contains(p.Metric))
                .Select(p => new { p.UnitCode, p.Metric, p.Count })
                .ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.UnitCode).ToDictionary(
            g => g.Key,
            g => new Figure(g.Where(r => r.Metric == Metrics.Received).Sum(r => r.Count), g.Where(r => r.Metric == Metrics.Covered).Sum(r => r.Count)));
    }

    private readonly record struct Figure(long Received, long Covered)
    {
        public static readonly Figure Zero = default;

        public bool IsZero => Received == 0 && Covered == 0;

        public static Figure operator +(Figure a, Figure b) => new(a.Received + b.Received, a.Covered + b.Covered);

        public static Figure operator -(Figure a, Figure b) => new(a.Received - b.Received, a.Covered - b.Covered);
    }
}
