namespace CccdPlatform.Intake.Model;

/// <summary>What became of a submission, and the application it names: the new one, the first sending's, or the open one.</summary>
public sealed record Reception(ReceptionOutcome Outcome, Guid ApplicationId);
