namespace CccdPlatform.EIdentification.Model;

/// <summary>
/// What a citizen app reports of its face check: the live face against the portrait the population database holds.
/// The portrait itself stays with the app's store; only its reference is kept.
/// </summary>
/// <param name="Matched">Whether the faces matched; an account is made only when they did.</param>
/// <param name="Score">The matcher's similarity, 0 to 1, when it gives one.</param>
/// <param name="PortraitRef">The reference of the portrait taken during the check.</param>
public sealed record FaceCheck(bool? Matched, double? Score, string? PortraitRef);
