using CccdPlatform.Contracts;
using CccdPlatform.Domain;

namespace CccdPlatform.Reporting.Apis;

/// <summary>
/// Campaign progress of a unit, counting the unit and every unit under it. <see cref="Covered"/> counts the unit's own
/// citizens with an application that is not cancelled (at province level including those collected in other
/// provinces); <see cref="Eligible"/> is the unit's target when Operations set one, otherwise the sum of its rosters.
/// Progress is of today's map (<see cref="Map"/>), with the figures of the 2023 units rolled up (<see cref="RolledUp"/>).
/// </summary>
public sealed record ProgressView(
    string UnitCode,
    string? UnitName,
    UnitLevel Level,
    UnitMap Map,
    long Received,
    IReadOnlyDictionary<string, long> ByChannel,
    IReadOnlyDictionary<string, long> ByVisitType,
    IReadOnlyDictionary<string, long> ByRequestKind,
    CrossProvinceView CrossProvince,
    IReadOnlyDictionary<string, long> ByStatus,
    BiometricsView Biometrics,
    EIdAccountsView EIdAccounts,
    long? Eligible,
    EligibleSource? EligibleSource,
    long RosterEligible,
    long? Target,
    long Covered,
    double? Coverage,
    long? Remaining,
    ForecastView Forecast,
    DateOnly Today,
    RollUpView? RolledUp);

/// <param name="CollectedForOtherProvinces">Collected here for citizens of other provinces.</param>
/// <param name="ReceivedElsewhere">Collected by other provinces for this province's citizens (province level only).</param>
public sealed record CrossProvinceView(long CollectedForOtherProvinces, long ReceivedElsewhere);

/// <param name="Accepted">Applications whose biometrics were accepted (now accepted, approved, produced or delivered).</param>
/// <param name="RecaptureNeeded">Waiting for the citizen to be captured again.</param>
/// <param name="UnderReview">Held for a supervisor's decision on a suspected duplicate.</param>
/// <param name="Awaiting">Received, with no biometric outcome yet.</param>
public sealed record BiometricsView(long Accepted, long RecaptureNeeded, long UnderReview, long Awaiting);

/// <param name="Total">Accounts created (any state but Requested).</param>
/// <param name="ByState">Requested (not created yet), PendingActivation, Active, Locked.</param>
/// <param name="DeadlinesBreached">Requests this unit was accountable for that missed their legal deadline.</param>
public sealed record EIdAccountsView(
    long Total, IReadOnlyDictionary<string, long> ByLevel, IReadOnlyDictionary<string, long> ByState, long DeadlinesBreached);

/// <param name="DailyRate">Mean covered per day over the last <paramref name="BasisDays"/> full days.</param>
/// <param name="Date">When the remaining count reaches zero at that rate; today when it has; null when it cannot be told.</param>
public sealed record ForecastView(double DailyRate, int BasisDays, DateOnly? Date);

public enum EligibleSource
{
    Target,
    Roster,
}
