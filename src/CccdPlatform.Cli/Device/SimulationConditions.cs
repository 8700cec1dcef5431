namespace CccdPlatform.Cli.Device;

/// <summary>
/// What the simulated device does wrong on purpose, for tests and demonstrations: fingers that score under the floor
/// (for <paramref name="PoorCaptures"/> captures each, 0 meaning always, so that a recapture can fix them), fingers it
/// never detects (as an amputated one: the officer records an exception) and a delay before each answer.
/// </summary>
public sealed record SimulationConditions(IReadOnlyList<int>? PoorFingers, int PoorCaptures, IReadOnlyList<int>? MissingFingers, int DelayMs)
{
    public static SimulationConditions None { get; } = new([], 0, [], 0);

    /// <summary>Per-field errors, empty when the conditions can be applied.</summary>
    public Dictionary<string, string[]> Errors()
    {
        var errors = new Dictionary<string, string[]>();
        Positions(PoorFingers, "poorFingers", errors);
        Positions(MissingFingers, "missingFingers", errors);
        if (PoorCaptures < 0)
        {
            errors["poorCaptures"] = ["Zero (always) or more."];
        }

        if (DelayMs is < 0 or > 120_000)
        {
            errors["delayMs"] = ["From 0 to 120000 ms."];
        }

        return errors;
    }

    private static void Positions(IReadOnlyList<int>? positions, string field, Dictionary<string, string[]> errors)
    {
        if (positions?.Any(p => p is < 1 or > 10) == true)
        {
            errors[field] = ["Finger positions are 1 (right thumb) to 10 (left little finger)."];
        }
    }
}
