namespace CccdPlatform.Biometrics.Model;

public sealed class IrisRecord
{
    public Eye Eye { get; init; }
    public int Quality { get; init; }
    public required byte[] EncryptedTemplate { get; init; }
}
