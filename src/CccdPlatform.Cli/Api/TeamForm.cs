namespace CccdPlatform.Cli.Api;

/// <summary>The body of the identity service's <c>PUT /api/identity/registry/teams/{code}</c>.</summary>
public sealed record TeamForm(string UnitCode, string Name, IReadOnlyList<string> MemberSubjects);
