namespace CccdPlatform.Reporting.Apis;

/// <summary>A unit's figures for each Vietnamese calendar day of collection, every day of the range listed.</summary>
public sealed record DailyReportView(string UnitCode, DateOnly From, DateOnly To, IReadOnlyList<DayView> Days);

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

/// <summary>The units directly under a unit (a province's districts, a district's communes) with their coverage.</summary>
public sealed record UnitsReportView(string UnitCode, string? UnitName, IReadOnlyList<UnitFiguresView> Units);

public sealed record UnitFiguresView(
    string UnitCode, string? Name, long Received, long Covered, long? Eligible, double? Coverage, long? Remaining);
