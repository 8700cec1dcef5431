namespace CccdPlatform.Identity.Registry;

/// <summary>A fixed reception point of a unit.</summary>
public sealed class Station : IRegistryItem
{
    public required string Code { get; init; }
    public required string UnitCode { get; set; }
    public required string Name { get; set; }
    public long Revision { get; set; }
    public DateTimeOffset ChangedAt { get; set; }
}
