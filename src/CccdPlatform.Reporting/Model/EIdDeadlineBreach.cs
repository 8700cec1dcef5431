namespace CccdPlatform.Reporting.Model;

/// <summary>An eID request that missed its legal deadline, counted once per request in the unit accountable for it.</summary>
public sealed class EIdDeadlineBreach
{
    public Guid RequestId { get; init; }
    public required string UnitCode { get; init; }
    public DateTimeOffset DetectedAt { get; init; }
}
