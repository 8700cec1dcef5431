namespace CccdPlatform.Identity.Registry;

/// <summary>A reception machine (capture kit) of a unit, carried by a team or standing at a station.</summary>
public sealed class Machine : IRegistryItem
{
    /// <summary>The id the machine sends with its work.</summary>
    public required string Code { get; init; }
    public required string UnitCode { get; set; }
    public string? TeamCode { get; set; }
    public string? StationCode { get; set; }
    public required string Name { get; set; }

    /// <summary>Set once, for good (lost, stolen, broken): its work is refused from then on.</summary>
    public DateTimeOffset? RetiredAt { get; set; }

    public long Revision { get; set; }
    public DateTimeOffset ChangedAt { get; set; }
}
