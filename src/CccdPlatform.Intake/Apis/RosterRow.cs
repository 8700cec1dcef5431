using CccdPlatform.Intake.Model;

namespace CccdPlatform.Intake.Apis;

/// <summary>One line of a commune's roster CSV: <c>personalId,fullName,dateOfBirth,sex,addressLine</c>.</summary>
public sealed record RosterRow(int Line, string? PersonalId, string? FullName, DateOnly? DateOfBirth, Sex? Sex, string? AddressLine);
