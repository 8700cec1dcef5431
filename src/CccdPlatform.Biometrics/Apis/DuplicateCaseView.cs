using CccdPlatform.Biometrics.Model;

namespace CccdPlatform.Biometrics.Apis;

/// <summary>A suspected duplicate as a supervisor sees it: the two applications and how similar their faces are.</summary>
public sealed record DuplicateCaseView(
    Guid CaseId,
    Guid ApplicationId,
    Guid CandidateApplicationId,
    double Similarity,
    DateTimeOffset RaisedAt,
    DuplicateDecision? Decision,
    string? DecisionReason,
    string? DecidedBy,
    DateTimeOffset? DecidedAt)
{
    public static DuplicateCaseView Of(DuplicateCase c) => new(
        c.Id, c.ApplicationId, c.CandidateApplicationId, c.Similarity, c.RaisedAt, c.Decision, c.DecisionReason,
        c.DecidedBy, c.DecidedAt);
}
