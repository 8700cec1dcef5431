using CccdPlatform.Contracts;
using CccdPlatform.Contracts.Intake;
using CccdPlatform.Domain;
using CccdPlatform.ServiceDefaults;

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

    /// <summary>For a renewal: when the current card was issued, which says when it is due.</summary>
    public DateOnly? CurrentCardIssuedOn { get; init; }

    /// <summary>Who applied for a citizen under 14.</summary>
    public LegalRepresentative? LegalRepresentative { get; init; }

    /// <summary>The map every unit code of the application belongs to: the one in force on its collection day.</summary>
    public UnitMap Map { get; init; }
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

    /// <summary>The Vietnamese calendar day of collection: its card rules are the application's.</summary>
    public DateOnly CollectionDay => VietnamTime.DateOf(CollectedAt);

    public CardRules Rules => CardRules.On(CollectionDay);

    public BiometricsRequirement Biometrics => Rules.BiometricsFor(DateOfBirth, CollectionDay);

    /// <summary>The new card's expiry, as if issued on the day of collection; null when it is valid for life.</summary>
    public DateOnly? CardExpiresOn => Rules.ExpiryOf(DateOfBirth, CollectionDay);

    public UnitPath CollectingUnit => new(CollectingProvinceCode, CollectingDistrictCode, CollectingCommuneCode);
}
