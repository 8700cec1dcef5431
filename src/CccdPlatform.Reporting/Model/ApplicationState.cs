using CccdPlatform.Contracts;

namespace CccdPlatform.Reporting.Model;

/// <summary>
/// What reporting knows of one application, from whichever of its events arrived so far and in whatever order. The
/// counters are always the sum of every application's <see cref="Projections.ApplicationContribution"/>, so an event
/// changes them by the difference it makes here.
/// </summary>
public sealed class ApplicationState
{
    public Guid ApplicationId { get; init; }

    /// <summary>The map of the unit codes below: the receipt's, or until it comes the map of the status change's day.</summary>
    public UnitMap Map { get; set; }

    public required string ProvinceCode { get; set; }
    public string? DistrictCode { get; set; }
    public string? CommuneCode { get; set; }
    public required string PermanentProvinceCode { get; set; }
    public bool IsCrossProvince { get; set; }

    /// <summary>True once <c>ApplicationReceived</c> arrived; the fields below it are known from then on.</summary>
    public bool Received { get; set; }
    public string? Channel { get; set; }
    public string? VisitType { get; set; }
    public string? RequestKind { get; set; }
    public string? TeamCode { get; set; }
    public string? MachineId { get; set; }

    /// <summary>The Vietnamese calendar day of collection.</summary>
    public DateOnly? CollectedOn { get; set; }

    /// <summary>The newest status heard of, and when it was set: an older change arriving late does not replace it.</summary>
    public string? Status { get; set; }
    public DateTimeOffset? StatusChangedAt { get; set; }
}
