namespace CccdPlatform.Biometrics.Model;

/// <summary>A suspected duplicate identity: a capture's face is very similar to another person's accepted face.</summary>
public sealed class DuplicateCase
{
    public Guid Id { get; init; }
    public Guid CaptureId { get; init; }
    public Guid ApplicationId { get; init; }
    public Guid CandidateApplicationId { get; init; }
    public Guid CandidateCaptureId { get; init; }
    public double Similarity { get; init; }
    public DateTimeOffset RaisedAt { get; init; }

    /// <summary>Null while the case is open.</summary>
    public DuplicateDecision? Decision { get; private set; }

    public string? DecisionReason { get; private set; }
    public string? DecidedBy { get; private set; }
    public DateTimeOffset? DecidedAt { get; private set; }

    public void Decide(DuplicateDecision decision, string reason, string supervisor, DateTimeOffset at)
    {
        Decision = decision;
        DecisionReason = reason;
        DecidedBy = supervisor;
        DecidedAt = at;
    }
}
