namespace CccdPlatform.Intake.Model;

/// <summary>
/// An address by its administrative unit codes, in the map of its application (no district since 1 July 2025), and a
/// free line (house number, street, hamlet).
/// </summary>
public sealed record Address(string ProvinceCode, string? DistrictCode, string CommuneCode, string Line);
