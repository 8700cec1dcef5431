namespace CccdPlatform.Identity.Registry;

/// <summary>The body of <c>PUT /api/identity/registry/teams/{code}</c>: every member, by token subject (<c>sub</c>).</summary>
public sealed record TeamForm(string? UnitCode, string? Name, IReadOnlyList<string>? MemberSubjects);
