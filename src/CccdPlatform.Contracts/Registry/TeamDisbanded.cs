namespace CccdPlatform.Contracts.Registry;

/// <summary>Version 1. A team stopped working: no application may name it any more; its past work stays in the reports.</summary>
/// <param name="TeamCode">The team.</param>
/// <param name="Unit">The unit the team worked for.</param>
/// <param name="Revision">Grows with every change of this team: a copy keeps the highest it has seen.</param>
/// <param name="DisbandedAt">When.</param>
[InternalEvent]
public sealed record TeamDisbanded(string TeamCode, UnitPath Unit, long Revision, DateTimeOffset DisbandedAt);
