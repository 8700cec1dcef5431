namespace CccdPlatform.Contracts.Registry;

/// <summary>Version 1. Officers joined or left a registered team.</summary>
/// <param name="TeamCode">The team.</param>
/// <param name="Unit">The unit the team works for.</param>
/// <param name="MemberSubjects">Every member now (not only those who joined), by token subject.</param>
/// <param name="Revision">Grows with every change of this team: a copy keeps the highest it has seen.</param>
/// <param name="ChangedAt">When.</param>
[InternalEvent]
public sealed record TeamMembersChanged(
    string TeamCode, UnitPath Unit, IReadOnlyList<string> MemberSubjects, long Revision, DateTimeOffset ChangedAt);
