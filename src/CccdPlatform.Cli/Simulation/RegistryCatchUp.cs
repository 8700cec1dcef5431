using System.Diagnostics;
using CccdPlatform.Cli.Http;

namespace CccdPlatform.Cli.Simulation;

/// <summary>
/// Intake and biometrics learn of new registry entries through the broker, a moment after the registry answered, and
/// until then refuse work from the new machine or for the new team with a 403 (<c>Unknown machine.</c>, <c>Unknown
/// team.</c>, <c>Not a member of team X.</c>). Within <see cref="Patience"/> of a registration that added or changed
/// entries, such a refusal is sent again with growing pauses until the copy has it; otherwise a refusal stands at once.
/// </summary>
public sealed class RegistryCatchUp
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan FirstPause = TimeSpan.FromMilliseconds(50);
    private static readonly TimeSpan MaxPause = TimeSpan.FromSeconds(1);
    private readonly long _until;

    public RegistryCatchUp(TimeSpan patience) =>
        _until = Stopwatch.GetTimestamp() + (long)(patience.TotalSeconds * Stopwatch.Frequency);

    /// <summary>Nothing new registered: no refusal is waited out.</summary>
    public static RegistryCatchUp None { get; } = new(TimeSpan.Zero);

    public static RegistryCatchUp After(int changedEntries) => changedEntries > 0 ? new RegistryCatchUp(Patience) : None;

    /// <summary>Whether the answer refuses an entry the services may not have heard of yet, while there is patience left.</summary>
    public bool Pending(Answer answer) =>
        answer.Status == 403
        && Stopwatch.GetTimestamp() < _until
        && answer.Problem()?.Title is { } title
        && (title is "Unknown machine." or "Unknown team." || title.StartsWith("Not a member of team", StringComparison.Ordinal));

    public Task<Answer> SendAsync(Func<Task<Answer>> send, Action? waiting, CancellationToken cancellationToken) =>
        Patiently.SendAsync(send, Pending, waiting, FirstPause, MaxPause, cancellationToken);
}
