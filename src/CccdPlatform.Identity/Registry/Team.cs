namespace CccdPlatform.Identity.Registry;

/// <summary>A mobile team (working group) of a unit and the officers in it, by token subject.</summary>
public sealed class Team : IRegistryItem
{
    public required string Code { get; init; }
    public required string UnitCode { get; set; }
    public required string Name { get; set; }
    public List<string> MemberSubjects { get; set; } = [];

    /// <summary>Set once, for good: a disbanded team's past work stays in the reports under its code.</summary>
    public DateTimeOffset? DisbandedAt { get; set; }

    public long Revision { get; set; }
    public DateTimeOffset ChangedAt { get; set; }
}
