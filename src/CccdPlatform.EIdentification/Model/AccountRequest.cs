using CccdPlatform.Contracts;

namespace CccdPlatform.EIdentification.Model;

/// <summary>
/// One request for an account or an upgrade, with its legal deadline. It is fulfilled when the account is created
/// (or upgraded): that is the authority's work the decree times. Activation is the citizen's and does not count.
/// </summary>
public sealed class AccountRequest
{
    public Guid Id { get; init; }
    public Guid AccountId { get; init; }
    public Account Account { get; init; } = null!;
    public RequestKind Kind { get; init; }
    public int Level { get; init; }
    public RequestSource Source { get; init; }
    public Guid? ApplicationId { get; init; }

    /// <summary>The officer's token subject, the citizen app's client id, or <c>application-form</c>.</summary>
    public required string RequestedBy { get; init; }

    // The legal representative who asked for a citizen under 14.
    public string? RepresentativeName { get; init; }
    public string? RepresentativePersonalId { get; init; }
    public string? RepresentativeRelationship { get; init; }

    // A self-service request's face check, as the citizen app reported it.
    public string? PortraitRef { get; init; }
    public double? FaceCheckScore { get; init; }

    public DateTimeOffset RequestedAt { get; init; }
    public required string UnitProvinceCode { get; init; }
    public string? UnitDistrictCode { get; init; }
    public string? UnitCommuneCode { get; init; }

    /// <summary>Whether the citizen had a chip CCCD when asking; a card delivered later does not move the deadline.</summary>
    public bool HasChipCard { get; init; }

    public int WorkingDays { get; init; }
    public DateOnly DueDate { get; init; }

    /// <summary>The end of <see cref="DueDate"/> in Vietnam time: fulfilled at or after it is late.</summary>
    public DateTimeOffset DueAt { get; init; }

    public WaitingFor? WaitingFor { get; private set; }
    public DateTimeOffset? FulfilledAt { get; private set; }

    /// <summary>When the breach of the deadline was recorded and announced; set once.</summary>
    public DateTimeOffset? BreachedAt { get; private set; }

    public UnitPath Unit => new(UnitProvinceCode, UnitDistrictCode, UnitCommuneCode);

    public static AccountRequest For(
        Account account, RequestKind kind, int level, RequestSource source, Guid? applicationId, string requestedBy,
        UnitPath unit, bool hasChipCard, Deadline deadline, DateTimeOffset now, LegalRepresentative? representative = null,
        FaceCheck? faceCheck = null) => new()
    {
        Id = Guid.CreateVersion7(now),
        AccountId = account.Id,
        Account = account,
        Kind = kind,
        Level = level,
        Source = source,
        ApplicationId = applicationId,
        RequestedBy = requestedBy,
        RequestedAt = now,
        UnitProvinceCode = unit.ProvinceCode,
        UnitDistrictCode = unit.DistrictCode,
        UnitCommuneCode = unit.CommuneCode,
        HasChipCard = hasChipCard,
        WorkingDays = deadline.WorkingDays,
        DueDate = deadline.DueDate,
        DueAt = deadline.DueAt,
        RepresentativeName = representative?.FullName,
        RepresentativePersonalId = representative?.PersonalId,
        RepresentativeRelationship = representative?.Relationship,
        PortraitRef = faceCheck?.PortraitRef,
        FaceCheckScore = faceCheck?.Score,
    };

    public LegalRepresentative? Representative => RepresentativeName is null
        ? null
        : new(RepresentativeName, RepresentativePersonalId, RepresentativeRelationship);

    public void WaitFor(WaitingFor what) => WaitingFor = what;

    /// <summary>Marks the request done; true when this is also the first notice that it was late.</summary>
    public bool Fulfil(DateTimeOffset now)
    {
        FulfilledAt = now;
        WaitingFor = null;
        return now >= DueAt && MarkBreached(now);
    }

    public bool WithinDeadline => FulfilledAt < DueAt;

    /// <summary>Records the breach once; false when it was already recorded.</summary>
    public bool MarkBreached(DateTimeOffset now)
    {
        if (BreachedAt is not null)
        {
            return false;
        }

        BreachedAt = now;
        return true;
    }
}
