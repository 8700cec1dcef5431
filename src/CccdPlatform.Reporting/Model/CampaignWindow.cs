namespace CccdPlatform.Reporting.Model;

/// <summary>A named period of the campaign in a unit, such as a holiday, to report on. Reporting's own data.</summary>
public sealed class CampaignWindow
{
    public Guid Id { get; init; }
    public required string Name { get; init; }
    public required string UnitCode { get; init; }
    public DateOnly From { get; init; }
    public DateOnly To { get; init; }
    public required string CreatedBy { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
}
