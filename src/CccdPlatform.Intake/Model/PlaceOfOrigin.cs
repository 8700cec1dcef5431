namespace CccdPlatform.Intake.Model;

/// <summary>The citizen's place of origin (que quan): a province, and the district and commune when known.</summary>
public sealed record PlaceOfOrigin(string ProvinceCode, string? DistrictCode, string? CommuneCode);
