namespace CccdPlatform.Intake.Model;

/// <summary>Who applies for a citizen under 14 (from 1 July 2024): a parent or guardian, by name and ID number.</summary>
public sealed record LegalRepresentative(string FullName, string PersonalId, Relationship Relationship);
