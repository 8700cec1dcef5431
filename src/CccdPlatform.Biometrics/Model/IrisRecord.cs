namespace CccdPlatform.Biometrics.Model;

/// <summary>One eye of a capture: a template with its quality, or a documented exception with its photo.</summary>
public sealed class IrisRecord
{
    public Eye Eye { get; init; }
    public int? Quality { get; init; }
    public byte[]? EncryptedTemplate { get; init; }
    public IrisException? Exception { get; init; }
    public byte[]? EncryptedExceptionPhotoRef { get; init; }

    /// <summary>A copy without the encrypted template and photo reference, for a capture that expired unscreened.</summary>
    public IrisRecord Erased() => new() { Eye = Eye, Quality = Quality, Exception = Exception };
}
