namespace CccdPlatform.Intake.Model;

/// <summary>An address by its administrative unit codes and a free line (house number, street, hamlet).</summary>
public sealed record Address(string ProvinceCode, string DistrictCode, string CommuneCode, string Line);
