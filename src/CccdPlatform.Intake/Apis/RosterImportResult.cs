namespace CccdPlatform.Intake.Apis;

public sealed record RosterLineError(int Line, IDictionary<string, string[]> Errors);

/// <summary>What an import did: good rows are kept even when others are refused.</summary>
public sealed record RosterImportResult(
    string CommuneCode, int Added, int Updated, int EligibleCount, IReadOnlyList<RosterLineError> Errors);
