namespace CccdPlatform.Cli.Api;

/// <summary>The body of <c>POST /api/eid/accounts</c>; the unit defaults to the officer's.</summary>
public sealed record EIdAccountForm(
    string PersonalId, string FullName, DateOnly DateOfBirth, Sex Sex, int Level, string PhoneNumber, string? Email);
