namespace CccdPlatform.Domain;

/// <summary>
/// A province, district or commune of one map. <paramref name="Name"/> is the full name with its kind
/// ("Phường Hàm Rồng"), <paramref name="EnglishName"/> the statistics office's unaccented English form.
/// </summary>
public sealed record AdministrativeUnit(string Code, string Name, UnitLevel Level, string? ParentCode, string EnglishName = "");
