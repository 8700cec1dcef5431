using CccdPlatform.Contracts;
using CccdPlatform.Domain;

namespace CccdPlatform.Biometrics.Model;

/// <summary>An application that intake announced, with what biometrics needs of it and where its capture stands.</summary>
public sealed class KnownApplication
{
    public Guid Id { get; init; }

    /// <summary>Intake's opaque pseudonym of the citizen: the same for all of a citizen's applications.</summary>
    public required string CitizenRef { get; init; }

    /// <summary>FirstIssue, Renewal, Replacement, Correction, Lost, Damaged, DetailsChanged or UnitsReorganised.</summary>
    public required string RequestKind { get; init; }

    /// <summary>What the card rules of the collection day take; applications announced before intake said are FaceAndFingers.</summary>
    public BiometricsRequirement Biometrics { get; init; } = BiometricsRequirement.FaceAndFingers;

    public DateTimeOffset ReceivedAt { get; init; }

    /// <summary>
    /// Where intake collected it. Applications announced before biometrics kept units have an empty province:
    /// no unit covers them, so only Admin reaches them.
    /// </summary>
    public string CollectingProvinceCode { get; init; } = "";

    public string? CollectingDistrictCode { get; init; }
    public string? CollectingCommuneCode { get; init; }

    /// <summary>The citizen's home province when it is not the collecting one: it sees the application too.</summary>
    public string? HomeProvinceCode { get; init; }

    public UnitPath CollectingUnit => new(CollectingProvinceCode, CollectingDistrictCode, CollectingCommuneCode);

    public string CollectingUnitCode => CollectingCommuneCode ?? CollectingDistrictCode ?? CollectingProvinceCode;
    public BiometricStatus Status { get; private set; } = BiometricStatus.AwaitingCapture;
    public int Captures { get; private set; }
    public int FailedAttempts { get; private set; }
    public Guid? LatestCaptureId { get; private set; }

    /// <summary>Optimistic concurrency: two captures of one application saved at once must not both count.</summary>
    public int Version { get; private set; }

    /// <summary>Under 6 from 1 July 2024: the application goes on to approval without a capture.</summary>
    public bool TakesNoBiometrics => Biometrics == BiometricsRequirement.None;

    /// <summary>The eyes a capture leaves out though the rules of the application's day need both irises.</summary>
    public IReadOnlyList<Eye> MissingIrises(IEnumerable<Eye> given) =>
        Biometrics == BiometricsRequirement.FaceFingersAndIrises ? Enum.GetValues<Eye>().Except(given).ToList() : [];

    public bool TakesCaptures => Status is BiometricStatus.AwaitingCapture or BiometricStatus.RecaptureNeeded;

    /// <summary>The place of an application a capture came for before intake announced it.</summary>
    public static KnownApplication Unannounced(Guid id) =>
        new() { Id = id, CitizenRef = "", RequestKind = "", Status = BiometricStatus.Unannounced };

    public bool IsAnnounced => Status != BiometricStatus.Unannounced;

    /// <summary>
    /// A capture is held for this unannounced application. Bumping the version makes the capture's save fail if intake's
    /// event claimed the row meanwhile, so no held capture is left behind by the consumer's screening.
    /// </summary>
    public void Hold() => Version++;

    /// <summary>Records a new capture and returns its attempt number.</summary>
    public int StartCapture(Guid captureId)
    {
        LatestCaptureId = captureId;
        Version++;
        return ++Captures;
    }

    /// <summary>Records a failed capture and returns how many have failed so far.</summary>
    public int FailCapture()
    {
        Status = BiometricStatus.RecaptureNeeded;
        Version++;
        return ++FailedAttempts;
    }

    public void PutUnderReview() => MoveTo(BiometricStatus.UnderReview);

    public void Accept() => MoveTo(BiometricStatus.Accepted);

    public void HoldAsSamePerson() => MoveTo(BiometricStatus.HeldAsSamePerson);

    private void MoveTo(BiometricStatus status)
    {
        Status = status;
        Version++;
    }
}
