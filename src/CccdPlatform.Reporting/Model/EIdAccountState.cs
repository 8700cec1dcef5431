namespace CccdPlatform.Reporting.Model;

/// <summary>What reporting knows of one eID account: its unit, level and newest state, whatever order its events came in.</summary>
public sealed class EIdAccountState
{
    public Guid AccountId { get; init; }
    public required string ProvinceCode { get; set; }
    public string? DistrictCode { get; set; }
    public string? CommuneCode { get; set; }
    public int Level { get; set; }
    public required string State { get; set; }
    public DateTimeOffset StateChangedAt { get; set; }

    /// <summary>The Vietnamese day the account was created, once it is.</summary>
    public DateOnly? CreatedOn { get; set; }
}
