namespace CccdPlatform.Biometrics.Matching;

/// <summary>How the in-memory gallery stores each face template.</summary>
public enum FaceGalleryPrecision
{
    /// <summary>
    /// One signed byte per value and one scale per template: 4 times less memory to hold and to read per search.
    /// Similarities are estimates within a proven bound, and a search returns every template that may reach the
    /// threshold, so it misses nothing the exact search finds (see <see cref="Int8Templates"/>).
    /// </summary>
    Int8,

    /// <summary>The normalised template as 32-bit floats: exact similarities, 2 KB per 512-value template.</summary>
    Float32,
}
