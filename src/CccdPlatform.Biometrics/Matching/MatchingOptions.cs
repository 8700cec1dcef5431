namespace CccdPlatform.Biometrics.Matching;

/// <summary>Face matching, from the <c>Biometrics:Matching</c> configuration section.</summary>
public sealed class MatchingOptions
{
    public const string Section = "Biometrics:Matching";

    /// <summary>Floats in a face template; the capture SDK decides it, and every template must have it.</summary>
    public int FaceTemplateDimension { get; set; } = 512;

    /// <summary>
    /// Cosine similarity from which another person's face is a suspected duplicate. 1:N at millions of templates
    /// multiplies false matches by the gallery size, so it sits well above the 1:1 threshold.
    /// </summary>
    public double DuplicateThreshold { get; set; } = 0.70;

    /// <summary>Cosine similarity a renewal's face needs to the same citizen's earlier face.</summary>
    public double VerificationThreshold { get; set; } = 0.50;

    /// <summary>Most suspected duplicates one capture raises; each becomes an adjudication case.</summary>
    public int MaxCandidates { get; set; } = 5;

    /// <summary>
    /// How the in-memory gallery holds templates: int8 (the default) needs a quarter of the memory and searches about
    /// 4 times faster, misses nothing the exact search finds and may add candidates up to ~0.02 below the threshold;
    /// float32 gives exact similarities. Figures in BENCHMARKS.md.
    /// </summary>
    public FaceGalleryPrecision GalleryPrecision { get; set; } = FaceGalleryPrecision.Int8;

    /// <summary>How often the in-memory gallery picks up faces that other instances of the service accepted.</summary>
    public TimeSpan GallerySyncInterval { get; set; } = TimeSpan.FromSeconds(5);
}
