namespace CccdPlatform.Cli.Device;

/// <summary>
/// Sub-type names as MOSIP SBI spells them, with the numbers biometrics takes: finger positions 1 (right thumb) to 10
/// (left little finger) in ISO/IEC 19794 order, and the eye.
/// </summary>
public static class BioSubTypes
{
    public const string Face = "Face";

    public static readonly IReadOnlyList<string> Fingers =
    [
        "Right Thumb", "Right IndexFinger", "Right MiddleFinger", "Right RingFinger", "Right LittleFinger",
        "Left Thumb", "Left IndexFinger", "Left MiddleFinger", "Left RingFinger", "Left LittleFinger",
    ];

    public static readonly IReadOnlyList<string> Irises = ["Left", "Right"];

    public static IReadOnlyList<string> Of(BioType type) => type switch
    {
        BioType.Finger => Fingers,
        BioType.Iris => Irises,
        _ => [Face],
    };

    /// <summary>The finger position (1-10) of a finger sub-type, else null.</summary>
    public static int? Position(BioType type, string subType) =>
        type == BioType.Finger && Fingers.IndexOf(subType) is var i and >= 0 ? i + 1 : null;

    private static int IndexOf(this IReadOnlyList<string> list, string value)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (string.Equals(list[i], value, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }
}
