using CccdPlatform.Contracts;

namespace CccdPlatform.Reporting.Model;

/// <summary>
/// What reporting knows of one eID account: its unit, level and state as of the newest version heard of (events carry
/// the account's version, so a late event never overwrites a newer one), and the day it was created.
/// </summary>
public sealed class EIdAccountState
{
    public Guid AccountId { get; init; }
    public UnitMap Map { get; set; }
    public required string ProvinceCode { get; set; }
    public string? DistrictCode { get; set; }
    public string? CommuneCode { get; set; }
    public int Level { get; set; }
    public required string State { get; set; }
    public int Version { get; set; }

    /// <summary>The Vietnamese day the account was created, once its creation was heard of.</summary>
    public DateOnly? CreatedOn { get; set; }
}
