using System.Text;

namespace CccdPlatform.EIdentification.Model;

/// <summary>Who asks for the account of a citizen under 14: a parent or guardian (Decree 69/2024).</summary>
/// <param name="FullName">As on their own card.</param>
/// <param name="PersonalId">Their 12-digit personal identification number.</param>
/// <param name="Relationship">One of <see cref="Relationships"/>.</param>
public sealed record LegalRepresentative(string? FullName, string? PersonalId, string? Relationship)
{
    public static readonly IReadOnlyList<string> Relationships = ["Father", "Mother", "Guardian"];

    /// <summary>Once validated: the name trimmed and in Unicode NFC, as intake stores names.</summary>
    public LegalRepresentative Normalized() => this with { FullName = FullName?.Trim().Normalize(NormalizationForm.FormC) };
}
