namespace CccdPlatform.Station.Offline;

/// <summary>An eligible citizen of a commune with no application yet (intake's <c>WorklistEntry</c>), and the commune.</summary>
public sealed record WorklistCitizen(
    string PersonalId,
    string FullName,
    DateOnly DateOfBirth,
    string Sex,
    string? AddressLine,
    string? Reason,
    string? ReasonNote,
    DateTimeOffset? ReasonRecordedAt)
{
    public string CommuneCode { get; init; } = "";
}
