using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using CccdPlatform.TestSupport;

namespace CccdPlatform.Identity.Tests;

/// <summary>The built <c>cccd</c> in a process of its own, its output read as it comes, as an officer would see it.</summary>
public sealed class CommandLine : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private CommandLine(string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "cccd.dll"), .. arguments])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        _process = new Process { StartInfo = start };
        _process.OutputDataReceived += (_, line) => Append(line.Data);
        _process.ErrorDataReceived += (_, line) => Append(line.Data);
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>Standard output and error, in the order they came.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public static CommandLine Start(params string[] arguments) => new(arguments);

    public static async Task<(int ExitCode, string Output)> RunAsync(params string[] arguments)
    {
        using var run = Start(arguments);
        return (await run.ExitAsync(), run.Output);
    }

    /// <summary>The first match of <paramref name="pattern"/> in the output, once it has been printed.</summary>
    public Task<Match> PrintedAsync(Regex pattern) =>
        Eventually.ReturnsAsync(() => pattern.Match(Output) is { Success: true } match ? match : null, Patience);

    public async Task<int> ExitAsync()
    {
        using var timeout = new CancellationTokenSource(Patience);
        await _process.WaitForExitAsync(timeout.Token);
        return _process.ExitCode;
    }

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (_output)
            {
                _output.AppendLine(line);
            }
        }
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
        }

        _process.Dispose();
    }
}
