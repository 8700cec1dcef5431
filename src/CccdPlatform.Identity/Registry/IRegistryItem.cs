namespace CccdPlatform.Identity.Registry;

/// <summary>What stations, teams and machines share: a code, a unit, and a revision that grows with every change.</summary>
public interface IRegistryItem
{
    string Code { get; }
    string UnitCode { get; }
    long Revision { get; set; }
    DateTimeOffset ChangedAt { get; set; }
}
