using System.Diagnostics;

namespace CccdPlatform.FaultDrills.Tests;

/// <summary>One instance of a built service, run as its own process on a port of 127.0.0.1.</summary>
public sealed class ServiceProcess(string name, string assembly, int port, IReadOnlyDictionary<string, string> environment)
    : IDrillProcess, IAsyncDisposable
{
    private Process? _process;
    private ProcessOutput? _output;

    public string Name => name;
    public int? Pid => _process is { HasExited: false } process ? process.Id : null;
    public bool HasDied => _process is { HasExited: true };
    public SemaphoreSlim Gate { get; } = new(1, 1);
    public int Port => port;
    public Uri Address => new($"http://127.0.0.1:{port}");

    public async Task StartAsync()
    {
        var start = new ProcessStartInfo("dotnet", [assembly])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(assembly)!,
        };
        start.Environment["ASPNETCORE_URLS"] = Address.ToString();
        start.Environment["ASPNETCORE_CONTENTROOT"] = Path.GetDirectoryName(assembly)!;
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        _process = Process.Start(start)!;
        _output = new ProcessOutput(name, _process);
        var clock = Stopwatch.StartNew();
        while (!await Probes.HealthyAsync(port))
        {
            if (_process.HasExited || clock.Elapsed > TimeSpan.FromSeconds(120))
            {
                // Dead rather than hung, so that whoever started it can start it again.
                await KillAsync();
                throw new InvalidOperationException($"{name} did not become healthy:\n{_output.Tail()}");
            }

            await Task.Delay(250);
        }
    }

    /// <summary>SIGKILL: no graceful shutdown, in-flight requests and messages are cut off.</summary>
    public async Task KillAsync()
    {
        _process!.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public string Tail() => _output?.Tail() ?? "";

    public async ValueTask DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            await KillAsync();
        }
    }
}
