namespace CccdPlatform.Domain;

/// <summary>One old unit as a row of the 2025 merger table names it, for the new commune <paramref name="NewCode"/>.</summary>
public sealed record MergerPart(string NewCode, string Text, string Name, string? DistrictHint, bool IsRemainder);
