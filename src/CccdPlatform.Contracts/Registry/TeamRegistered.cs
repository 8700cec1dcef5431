namespace CccdPlatform.Contracts.Registry;

/// <summary>Version 1. A mobile team (working group) was registered, or its name or members changed.</summary>
/// <param name="TeamCode">The team's code, unique across the platform; applications name it.</param>
/// <param name="Unit">The unit the team works for.</param>
/// <param name="Name">What officers and reports call it.</param>
/// <param name="MemberSubjects">The token subjects (<c>sub</c>) of the officers in the team, all of them.</param>
/// <param name="Revision">Grows with every change of this team: a copy keeps the highest it has seen.</param>
/// <param name="RegisteredAt">When.</param>
[InternalEvent]
public sealed record TeamRegistered(
    string TeamCode,
    UnitPath Unit,
    string Name,
    IReadOnlyList<string> MemberSubjects,
    long Revision,
    DateTimeOffset RegisteredAt);
