namespace CccdPlatform.Biometrics.Matching;

/// <summary>
/// A probe quantised to 16-bit values. A template of scale s scores s·<see cref="Scale"/>·dot, and its exact similarity
/// lies within s·<see cref="ErrorPerTemplateScale"/> of that.
/// </summary>
public sealed record Int8Probe(short[] Values, float Scale, float ErrorPerTemplateScale);
