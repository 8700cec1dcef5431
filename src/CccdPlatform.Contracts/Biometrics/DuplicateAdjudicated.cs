namespace CccdPlatform.Contracts.Biometrics;

/// <summary>
/// Version 1. A supervisor decided a suspected duplicate. <c>DistinctPeople</c> is followed by
/// <see cref="BiometricsAccepted"/>; <c>SamePerson</c> holds the application under review.
/// </summary>
/// <param name="CaseId">The adjudication case.</param>
/// <param name="ApplicationId">The application that raised it.</param>
/// <param name="CandidateApplicationId">The application it matched.</param>
/// <param name="Decision">DistinctPeople or SamePerson.</param>
/// <param name="DecidedAt">When.</param>
public sealed record DuplicateAdjudicated(
    Guid CaseId, Guid ApplicationId, Guid CandidateApplicationId, string Decision, DateTimeOffset DecidedAt);
