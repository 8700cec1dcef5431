using CccdPlatform.Contracts;
using CccdPlatform.Contracts.Intake;

namespace CccdPlatform.Intake.Model;

/// <summary>A citizen's CCCD application and where it stands.</summary>
public sealed class CitizenApplication
{
    public Guid Id { get; init; }
    public required string PersonalId { get; init; }

    /// <summary>Keyed hash of <see cref="PersonalId"/>: how other services recognise the citizen without the number.</summary>
    public required string CitizenRef { get; init; }

    public required string FullName { get; init; }
    public DateOnly DateOfBirth { get; init; }
    public Sex Sex { get; init; }
    public PlaceOfOrigin? PlaceOfOrigin { get; init; }
    public required Address PermanentAddress { get; init; }
    public Address? CurrentAddress { get; init; }
    public string? PhoneNumber { get; init; }
    public RequestKind RequestKind { get; init; }
    public required string CollectingUnitCode { get; init; }

    // The collecting unit's place in the hierarchy, as columns so that searches by province or district use indexes.
    public required string CollectingProvinceCode { get; init; }
    public string? CollectingDistrictCode { get; init; }
    public string? CollectingCommuneCode { get; init; }
    public bool IsCrossProvince { get; init; }
    public Channel Channel { get; init; }
    public VisitType VisitType { get; init; }
    public string? TeamCode { get; init; }
    public string? MachineId { get; init; }
    public ApplicationStatus Status { get; set; }
    public DateTimeOffset CollectedAt { get; init; }
    public DateTimeOffset ReceivedAt { get; init; }

    /// <summary>The subject of the collecting officer's token.</summary>
    public required string CollectedBy { get; init; }

    public List<StatusChange> History { get; init; } = [];

    /// <summary>An eID account asked for on the form; passed on to e-identification, not stored here.</summary>
    public EIdRequest? EIdRequest { get; init; }

    public UnitPath CollectingUnit => new(CollectingProvinceCode, CollectingDistrictCode, CollectingCommuneCode);
}
