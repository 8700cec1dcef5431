namespace CccdPlatform.TestSupport.Access;

/// <summary>How far a route lets a caller whose role it admits reach.</summary>
public enum Reach
{
    /// <summary>No token needed: health probes, the OpenAPI document.</summary>
    Anonymous,

    /// <summary>The role decides; where the target lies does not matter.</summary>
    AnyUnit,

    /// <summary>The target must lie in the caller's unit or under it; otherwise 403. Admin reaches every unit.</summary>
    OwnUnit,

    /// <summary>The target must be the caller's own; another's answers 404, as if it did not exist. Admin reaches all.</summary>
    OwnOnly,
}
