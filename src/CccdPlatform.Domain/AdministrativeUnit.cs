namespace CccdPlatform.Domain;

/// <summary>A province, district or commune from the national statistics office list.</summary>
public sealed record AdministrativeUnit(string Code, string Name, UnitLevel Level, string? ParentCode);
