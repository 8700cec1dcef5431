using System.Collections.Concurrent;
using System.Diagnostics;

namespace CccdPlatform.TestSupport;

/// <summary>
/// Listens to every activity source in the test process and asks for every activity, so each source creates one
/// wherever it would for an exporter; records the ones started without a parent: each is a trace of its own.
/// </summary>
public sealed class TraceRecorder : IDisposable
{
    private readonly ActivityListener _listener;
    private readonly ConcurrentQueue<string> _roots = new();

    public TraceRecorder()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = _ => true,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStarted = activity =>
            {
                if (activity.ParentId is null)
                {
                    _roots.Enqueue($"{activity.Source.Name}: {activity.DisplayName}");
                }
            },
        };
        ActivitySource.AddActivityListener(_listener);
    }

    /// <summary>"source: name" of each activity started without a parent.</summary>
    public IReadOnlyCollection<string> Roots => _roots.ToArray();

    /// <summary>The traces started in the process while it does nothing for <paramref name="window"/>.</summary>
    public static async Task<IReadOnlyCollection<string>> StartedWhileIdleAsync(TimeSpan window)
    {
        // A window to settle first: on a loaded machine the host's first connections (a pool's sockets, the
        // reference data loaded on first use) can still be opening when the test starts; those are not idle work.
        await Task.Delay(window);
        using var recorder = new TraceRecorder();
        await Task.Delay(window);
        return recorder.Roots;
    }

    public void Dispose() => _listener.Dispose();
}
