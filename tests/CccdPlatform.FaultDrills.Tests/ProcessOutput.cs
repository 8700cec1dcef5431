using System.Diagnostics;

namespace CccdPlatform.FaultDrills.Tests;

/// <summary>
/// Keeps the last lines a process wrote, to show when it fails; with CCCD_DRILL_LOGS set to a directory, also every
/// line, in NAME.log there.
/// </summary>
public sealed class ProcessOutput
{
    private const int Lines = 40;
    private readonly string _name;
    private readonly Queue<string> _tail = new();
    private readonly StreamWriter? _log;

    public ProcessOutput(string name, Process process)
    {
        _name = name;
        if (Environment.GetEnvironmentVariable("CCCD_DRILL_LOGS") is { Length: > 0 } directory)
        {
            Directory.CreateDirectory(directory);
            _log = new StreamWriter(Path.Combine(directory, $"{name}.log"), append: true) { AutoFlush = true };
        }

        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public string Tail()
    {
        lock (_tail)
        {
            return string.Join('\n', _tail.Select(line => $"  [{_name}] {line}"));
        }
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_tail)
        {
            _log?.WriteLine($"{DateTime.UtcNow:HH:mm:ss.fff} {line}");
            _tail.Enqueue(line);
            if (_tail.Count > Lines)
            {
                _tail.Dequeue();
            }
        }
    }
}
