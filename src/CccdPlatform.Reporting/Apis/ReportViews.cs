using CccdPlatform.Contracts;
using CccdPlatform.Domain;

namespace CccdPlatform.Reporting.Apis;

/// <summary>
/// A unit's figures for each Vietnamese calendar day of collection, every day of the range listed, in the units of
/// <paramref name="Map"/>: the 2023 map for a range before 1 July 2025, else today's, with the old figures of a range that
/// spans the change rolled up (<paramref name="RolledUp"/>).
/// </summary>
public sealed record DailyReportView(
    string UnitCode, string? UnitName, UnitMap Map, DateOnly From, DateOnly To, IReadOnlyList<DayView> Days, RollUpView? RolledUp);

public sealed record DayView(
    DateOnly Day,
    long Received,
    IReadOnlyDictionary<string, long> ByChannel,
    IReadOnlyDictionary<string, long> ByVisitType,
    long Covered,
    long ForOtherProvinces,
    long ReceivedElsewhere,
    long EIdCreated);

/// <summary>
/// Records per team and per reception machine within a unit, most records first, with their registered names; and the
/// registered, active teams and machines of the unit (and the units under it) that collected nothing in the range.
/// </summary>
public sealed record TeamsReportView(
    string UnitCode,
    UnitMap Map,
    DateOnly From,
    DateOnly To,
    IReadOnlyList<TeamView> Teams,
    IReadOnlyList<TeamView> Machines,
    IReadOnlyList<IdleView> IdleTeams,
    IReadOnlyList<IdleView> IdleMachines);

/// <param name="Name">The registered name; null for a code the registry does not know.</param>
public sealed record TeamView(string Code, string? Name, long Records, IReadOnlyList<TeamDayView> Days);

/// <summary>A registered team or machine with no record in the range.</summary>
public sealed record IdleView(string Code, string? Name, string UnitCode);

public sealed record TeamDayView(DateOnly Day, long Records);

/// <summary>
/// The units directly under a unit in <paramref name="Map"/> (since 2025 a province's communes; in 2023 a province's
/// districts, a district's communes) with their coverage: running totals, or those of the days from
/// <paramref name="From"/> to <paramref name="To"/> when asked.
/// </summary>
public sealed record UnitsReportView(
    string UnitCode, string? UnitName, UnitMap Map, DateOnly? From, DateOnly? To, IReadOnlyList<UnitFiguresView> Units);

/// <param name="ReceivedInOldUnits">Of <paramref name="Received"/>, what the 2023 units rolled up into this one received; null when nothing is rolled up.</param>
public sealed record UnitFiguresView(
    string UnitCode, string? Name, long Received, long Covered, long? Eligible, double? Coverage, long? Remaining, long? ReceivedInOldUnits);

/// <summary>
/// The part of a report's figures that came from units of the 2023 map, rolled up into this unit of the 2025 map
/// through the merger table (README, "Administrative units: two maps"). Each old unit counts in exactly one new unit.
/// </summary>
/// <param name="Received">Everything received in the 2023 units rolled up here.</param>
/// <param name="Units">The 2023 units of this unit's level whose successor it is: a province's old provinces, a commune's old communes.</param>
/// <param name="Split">
/// Old communes split between several new ones: each is counted whole in the one successor the documented rule chose
/// (listed with it), never shared out.
/// </param>
/// <param name="ProvinceOnly">
/// Old figures that cannot go below the province (province reports only): communes the merger table does not place,
/// what districts and the province collected themselves (district-level collections, with no commune).
/// </param>
public sealed record RollUpView(
    long Received,
    long Covered,
    IReadOnlyList<FormerUnitView> Units,
    IReadOnlyList<FormerUnitView> Split,
    IReadOnlyList<FormerUnitView> ProvinceOnly);

/// <summary>A 2023 unit, the rule that chose its 2025 successor, and its figures in the report.</summary>
public sealed record FormerUnitView(
    string Code, string? Name, UnitLevel Level, SuccessionRule Rule, string SuccessorCode, long Received, long Covered);
