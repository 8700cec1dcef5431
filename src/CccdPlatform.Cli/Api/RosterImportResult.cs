namespace CccdPlatform.Cli.Api;

/// <summary>Intake's answer to <c>POST /api/intake/rosters/{communeCode}</c>.</summary>
public sealed record RosterImportResult(
    string CommuneCode, int Added, int Updated, int EligibleCount, IReadOnlyList<RosterLineError> Errors);

public sealed record RosterLineError(int Line, IDictionary<string, string[]> Errors);
