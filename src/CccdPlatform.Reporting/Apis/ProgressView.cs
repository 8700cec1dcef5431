namespace CccdPlatform.Reporting.Apis;

/// <summary>Campaign progress of a unit, counting the unit and every unit under it.</summary>
public sealed record ProgressView(string UnitCode, long Received);
