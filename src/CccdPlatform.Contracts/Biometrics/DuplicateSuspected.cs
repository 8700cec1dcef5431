namespace CccdPlatform.Contracts.Biometrics;

/// <summary>
/// Version 1. An accepted face is very similar to another person's: the application waits for a supervisor's
/// adjudication.
/// </summary>
/// <param name="CaseId">The adjudication case.</param>
/// <param name="ApplicationId">The application whose capture raised the suspicion.</param>
/// <param name="CandidateApplicationId">The earlier application it matched.</param>
/// <param name="Similarity">Cosine similarity of the two face templates, 0 to 1.</param>
/// <param name="RaisedAt">When.</param>
public sealed record DuplicateSuspected(
    Guid CaseId, Guid ApplicationId, Guid CandidateApplicationId, double Similarity, DateTimeOffset RaisedAt);
