using System.Diagnostics;

namespace CccdPlatform.FaultDrills.Tests;

/// <summary>
/// A PostgreSQL or RabbitMQ server of the drill's own, run by the project's server script with its data kept across
/// restarts (<c>CCCD_KEEP_DATA</c>), so that it can be killed like a crashing machine and started again on its data.
/// </summary>
public sealed class ServerProcess : IDrillProcess, IAsyncDisposable
{
    private readonly string _script;
    private readonly string[] _arguments;
    private readonly string _pidFile;
    private readonly Func<Task<bool>> _ready;
    private readonly Dictionary<string, string> _environment;
    private Process? _wrapper;

    private ServerProcess(string name, string script, string[] arguments, string dataVariable, string pidFile, Func<string, Func<Task<bool>>> ready)
    {
        Name = name;
        Directory = Path.Combine(Path.GetTempPath(), $"cccd-drill-{name}-{Guid.NewGuid():N}"[..30]);
        _script = script;
        _arguments = arguments;
        _pidFile = Path.Combine(Directory, pidFile);
        _ready = ready(Directory);
        _environment = new() { [dataVariable] = Directory, ["CCCD_KEEP_DATA"] = "1" };
    }

    public string Name { get; }
    public string Directory { get; }
    public SemaphoreSlim Gate { get; } = new(1, 1);

    /// <summary>The wrapper script ends when its server ends, however that came about.</summary>
    public bool HasDied => _wrapper is { HasExited: true };

    public int? Pid => _wrapper is { HasExited: false } && File.Exists(_pidFile)
        && int.TryParse(File.ReadLines(_pidFile).FirstOrDefault()?.Trim(), out var pid) ? pid : null;

    public static ServerProcess Postgres(int port) =>
        new("postgres", "postgres-server.sh", [port.ToString()], "CCCD_PG_DATA", "postmaster.pid", _ => () => Probes.PostgresAnswersAsync(port));

    public static ServerProcess RabbitMq(int amqpPort, int managementPort) =>
        new("rabbitmq", "rabbitmq-server.sh", [amqpPort.ToString(), managementPort.ToString()], "CCCD_RABBIT_DIR", "rabbit.pid",
            _ => () => Probes.RabbitMqAnswersAsync(managementPort));

    public async Task StartAsync()
    {
        await UntilDirectoryIsFreeAsync();
        var start = new ProcessStartInfo("bash", [Path.Combine(Repository.Scripts, _script), .. _arguments])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (key, value) in _environment)
        {
            start.Environment[key] = value;
        }

        _wrapper = Process.Start(start)!;
        var output = new ProcessOutput(Name, _wrapper);
        var clock = Stopwatch.StartNew();
        while (!await _ready())
        {
            if (_wrapper.HasExited || clock.Elapsed > TimeSpan.FromSeconds(180))
            {
                throw new InvalidOperationException($"{Name} did not start:\n{output.Tail()}");
            }

            await Task.Delay(250);
        }
    }

    /// <summary>SIGKILL to the server itself (postmaster or Erlang VM), as a crash or an OOM kill does.</summary>
    public async Task KillAsync()
    {
        try
        {
            if (Pid is { } pid)
            {
                Process.GetProcessById(pid).Kill();
            }
        }
        catch (ArgumentException)
        {
            // Already dead.
        }

        await _wrapper!.WaitForExitAsync();
        await UntilDirectoryIsFreeAsync();
    }

    /// <summary>Until the last of an old server's processes is gone (RabbitMQ's epmd among them), a new one can hang.</summary>
    private async Task UntilDirectoryIsFreeAsync()
    {
        while (await ProcessesUsingDirectoryAsync() != "")
        {
            await Task.Delay(250);
        }
    }

    private async Task<string> ProcessesUsingDirectoryAsync()
    {
        var start = new ProcessStartInfo("bash", ["-c", "source \"$0\"; pids_using_dir \"$1\"", Path.Combine(Repository.Scripts, "lib.sh"), Directory])
        {
            RedirectStandardOutput = true,
        };
        using var list = Process.Start(start)!;
        var pids = await list.StandardOutput.ReadToEndAsync();
        await list.WaitForExitAsync();
        return pids.Trim();
    }

    public async ValueTask DisposeAsync()
    {
        if (_wrapper is { HasExited: false })
        {
            using var stop = Process.Start("kill", ["-TERM", _wrapper.Id.ToString()]);
            await stop.WaitForExitAsync();
            using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            await _wrapper.WaitForExitAsync(patience.Token);
        }

        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // Already gone, or going: the wrapper's janitor removes what a crashed run leaves behind.
        }
    }
}
