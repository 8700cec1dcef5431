using System.Diagnostics;
using CccdPlatform.AppHost;

namespace CccdPlatform.FaultDrills.Tests;

/// <summary>
/// The platform as a user starts it: <c>./run.sh --no-build</c> (the test run built everything) on a data directory,
/// with the gateway and the dashboard on free ports. Stopped with SIGTERM as Ctrl-C would, or killed outright with
/// every process it started.
/// </summary>
public sealed class RunScriptPlatform : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(6);
    private readonly Process _script;
    private readonly ProcessOutput _output;
    private readonly TaskCompletionSource _up = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private RunScriptPlatform(string dataDirectory, int[] ports)
    {
        Gateway = new Uri($"http://127.0.0.1:{ports[0]}");
        // setsid: its own session, as a terminal would give it, so that a kill of its group reaches nothing else.
        var start = new ProcessStartInfo("setsid", ["./run.sh", "--no-build"])
        {
            WorkingDirectory = Repository.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["CCCD_DATA_DIR"] = dataDirectory,
                ["CCCD_GATEWAY_PORT"] = ports[0].ToString(),
                ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{ports[1]}",
                ["ASPIRE_DASHBOARD_OTLP_ENDPOINT_URL"] = $"http://127.0.0.1:{ports[2]}",
                ["ASPIRE_RESOURCE_SERVICE_ENDPOINT_URL"] = $"http://127.0.0.1:{ports[3]}",
            },
        };
        _script = Process.Start(start)!;
        _script.OutputDataReceived += (_, e) =>
        {
            if (e.Data?.Contains("Platform is up", StringComparison.Ordinal) == true)
            {
                _up.TrySetResult();
            }
        };
        _output = new ProcessOutput("run.sh", _script);
    }

    public Uri Gateway { get; }

    /// <summary>Starts <c>./run.sh</c> on <paramref name="dataDirectory"/> and waits until it says the platform is up.</summary>
    public static async Task<RunScriptPlatform> StartAsync(string dataDirectory)
    {
        var platform = new RunScriptPlatform(dataDirectory, FreePort.Take(4));
        var exited = platform._script.WaitForExitAsync();
        var first = await Task.WhenAny(platform._up.Task, exited, Task.Delay(StartTimeout));
        if (first != platform._up.Task)
        {
            var tail = platform._output.Tail();
            await platform.DisposeAsync();
            throw new InvalidOperationException(
                $"./run.sh did not bring the platform up ({(first == exited ? "it exited" : "timed out")}):\n{tail}");
        }

        return platform;
    }

    /// <summary>SIGTERM to run.sh, as Ctrl-C; returns once it has stopped everything and exited.</summary>
    public async Task StopAsync()
    {
        if (!_script.HasExited)
        {
            Signal("TERM", _script.Id);
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            await _script.WaitForExitAsync(timeout.Token);
        }
    }

    /// <summary>SIGKILL to run.sh and every process it started (they carry its marker), all at once: a power cut.</summary>
    public async Task KillEverythingAsync()
    {
        var pids = Marked().Append(_script.Id).ToList();
        Signal("KILL", [.. pids]);
        await _script.WaitForExitAsync();
        for (var i = 0; i < 100 && Marked().Any(); i++)
        {
            await Task.Delay(100);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_script.HasExited)
        {
            try
            {
                await StopAsync();
            }
            catch (OperationCanceledException)
            {
                await KillEverythingAsync();
            }
        }

        _script.Dispose();
    }

    // run.sh gives every process of the platform CCCD_RUN_ID=cccd-run-<its pid>-<time> in its environment.
    private IEnumerable<int> Marked()
    {
        var marker = $"CCCD_RUN_ID=cccd-run-{_script.Id}-";
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), out var pid))
            {
                continue;
            }

            string environment;
            try
            {
                environment = File.ReadAllText(Path.Combine(directory, "environ"));
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                continue;
            }

            if (environment.Split('\0').Any(variable => variable.StartsWith(marker, StringComparison.Ordinal)))
            {
                yield return pid;
            }
        }
    }

    private static void Signal(string signal, params int[] pids)
    {
        using var kill = Process.Start("kill", [$"-{signal}", .. pids.Select(p => p.ToString())]);
        kill.WaitForExit();
    }
}
