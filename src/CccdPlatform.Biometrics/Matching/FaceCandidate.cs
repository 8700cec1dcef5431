namespace CccdPlatform.Biometrics.Matching;

/// <summary>An enrolled template found by a 1:N search, with its cosine similarity to the probe.</summary>
public sealed record FaceCandidate(Guid TemplateId, double Similarity);
