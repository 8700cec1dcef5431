namespace CccdPlatform.Biometrics.Model;

/// <summary>Why a capture needs to be taken again, and which modality let it down.</summary>
public sealed record QualityFailure(Modality Modality, string Reason);
