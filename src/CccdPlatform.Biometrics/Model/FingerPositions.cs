namespace CccdPlatform.Biometrics.Model;

/// <summary>Finger positions as ISO/IEC 19794 numbers them: 1 right thumb to 10 left little finger.</summary>
public static class FingerPositions
{
    public const int First = 1;
    public const int Last = 10;

    private static readonly string[] Names =
    [
        "right thumb", "right index finger", "right middle finger", "right ring finger", "right little finger",
        "left thumb", "left index finger", "left middle finger", "left ring finger", "left little finger",
    ];

    public static IEnumerable<int> All => Enumerable.Range(First, Last);

    public static string Describe(int position) => $"finger {position} ({Names[position - 1]})";
}
