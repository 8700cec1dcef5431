using CccdPlatform.Contracts;
using CccdPlatform.Domain;

namespace CccdPlatform.EIdentification.Model;

/// <summary>A citizen as intake last recorded them: the identity every account request is checked against.</summary>
public sealed class Citizen
{
    public required string PersonalId { get; init; }
    public required string CitizenRef { get; init; }
    public required string FullName { get; set; }
    public DateOnly DateOfBirth { get; set; }
    public Sex Sex { get; set; }

    // The unit that collected the application this identity came from: a self-service account belongs to it. Null for
    // citizens recorded before it was kept.
    public string? UnitProvinceCode { get; set; }
    public string? UnitDistrictCode { get; set; }
    public string? UnitCommuneCode { get; set; }

    /// <summary>When intake saved the application this identity came from; an older one never overwrites a newer.</summary>
    public DateTimeOffset RecordedAt { get; set; }

    /// <summary>
    /// A concurrency token bumped by every change to the citizen's accounts or evidence, so that two such changes at
    /// once (a request and the acceptance of biometrics, say) conflict and one is retried, instead of each missing
    /// the other.
    /// </summary>
    public int Version { get; set; }

    public void Touch() => Version++;

    /// <summary>
    /// The unit that holds the citizen's file: the one that collected their application, or for a citizen recorded
    /// before that was kept, the province of birth registration their ID number names.
    /// </summary>
    public UnitPath FileUnit => UnitProvinceCode is { } province
        ? new UnitPath(province, UnitDistrictCode, UnitCommuneCode)
        : new UnitPath(PersonalIdNumber.ProvinceCodeOf(PersonalId)!, null, null);

    public void RecordedBy(UnitPath unit) => (UnitProvinceCode, UnitDistrictCode, UnitCommuneCode) = (unit.ProvinceCode, unit.DistrictCode, unit.CommuneCode);
}
