namespace CccdPlatform.Cli.Device;

/// <summary>How a capture ended: its answer, the request's per-field errors, a device already capturing, or a timeout.</summary>
public sealed record CaptureOutcome(CaptureResponse? Response, Dictionary<string, string[]>? Errors, bool IsBusy, bool IsTimedOut)
{
    public static CaptureOutcome Busy { get; } = new(null, null, true, false);

    public static CaptureOutcome TimedOut { get; } = new(null, null, false, true);

    public static CaptureOutcome Done(CaptureResponse response) => new(response, null, false, false);

    public static CaptureOutcome Invalid(Dictionary<string, string[]> errors) => new(null, errors, false, false);
}
