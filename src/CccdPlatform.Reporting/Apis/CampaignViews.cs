namespace CccdPlatform.Reporting.Apis;

public sealed record CampaignView(Guid Id, string Name, string UnitCode, DateOnly From, DateOnly To, string CreatedBy, DateTimeOffset CreatedAt);

/// <summary>A campaign window's figures: what was collected on its days, by day, team and machine.</summary>
public sealed record CampaignSummaryView(
    CampaignView Campaign,
    long Received,
    IReadOnlyDictionary<string, long> ByChannel,
    IReadOnlyDictionary<string, long> ByVisitType,
    long Covered,
    long ForOtherProvinces,
    long ReceivedElsewhere,
    long EIdCreated,
    IReadOnlyList<DayView> Days,
    IReadOnlyList<TeamTotalView> Teams,
    IReadOnlyList<TeamTotalView> Machines);

public sealed record TeamTotalView(string Code, long Records);
