namespace CccdPlatform.Biometrics.Model;

/// <summary>One finger of a capture: a template with its quality, or a documented exception with its photo.</summary>
public sealed class FingerRecord
{
    /// <summary>1 (right thumb) to 10 (left little finger).</summary>
    public int Position { get; init; }

    public int? Quality { get; init; }
    public byte[]? EncryptedTemplate { get; init; }
    public FingerException? Exception { get; init; }
    public byte[]? EncryptedExceptionPhotoRef { get; init; }

    /// <summary>A copy without the encrypted template and photo reference, for a capture that expired unscreened.</summary>
    public FingerRecord Erased() => new() { Position = Position, Quality = Quality, Exception = Exception };
}
