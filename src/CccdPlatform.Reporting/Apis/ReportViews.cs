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

/// <summary>Records per team and per reception machine within a unit, most records first.</summary>
public sealed record TeamsReportView(string UnitCode, DateOnly From, DateOnly To, IReadOnlyList<TeamView> Teams, IReadOnlyList<TeamView> Machines);

public sealed record TeamView(string Code, long Records, IReadOnlyList<TeamDayView> Days);

public sealed record TeamDayView(DateOnly Day, long Records);

/// <summary>The units directly under a unit (a province's districts, a district's communes) with their coverage.</summary>
public sealed record UnitsReportView(string UnitCode, string? UnitName, IReadOnlyList<UnitFiguresView> Units);

public sealed record UnitFiguresView(
    string UnitCode, string? Name, long Received, long Covered, long? Eligible, double? Coverage, long? Remaining);
