namespace CccdPlatform.Intake.Extensions;

/// <summary>The <c>Intake</c> configuration section.</summary>
public sealed class IntakeOptions
{
    public const string Section = "Intake";

    /// <summary>Base64 of at least 32 secret bytes: the key of citizens' pseudonyms in events. Keep it stable.</summary>
    public string? CitizenRefKey { get; set; }

    public byte[] CitizenRefKeyBytes() => Convert.FromBase64String(CitizenRefKey!);

    public bool HasValidKey()
    {
        var bytes = new byte[64];
        return CitizenRefKey is not null && Convert.TryFromBase64String(CitizenRefKey, bytes, out var length) && length >= 32;
    }
}
