using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;

namespace CccdPlatform.EndToEnd.Tests;

/// <summary>
/// Keeps every line the platform's resources wrote (as the dashboard shows them), to search for what must not be
/// there. The test host's own logs, such as its HTTP client's, are not the platform's and are left out.
/// </summary>
public sealed partial class CapturedLogs : ILoggerProvider
{
    private const string ResourceCategoryPrefix = "CccdPlatform.AppHost.Resources.";
    private readonly ConcurrentQueue<string> _lines = new();
    private readonly ConcurrentQueue<string> _errors = new();
    private int _information;

    public IReadOnlyCollection<string> Lines => _lines;

    /// <summary>
    /// Lines a service logged at Error or Critical level (the console formatter's <c>fail:</c> and <c>crit:</c>), and
    /// lines written to standard error: what the dashboard shows in red.
    /// </summary>
    public IReadOnlyCollection<string> Errors => _errors;

    /// <summary>Lines logged at Information level: that there are some shows that the levels are told apart.</summary>
    public int InformationLines => _information;

    public ILogger CreateLogger(string categoryName) => categoryName.StartsWith(ResourceCategoryPrefix, StringComparison.Ordinal)
        ? new Recorder(categoryName[ResourceCategoryPrefix.Length..], this)
        : Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;

    public void Dispose()
    {
    }

    private void Keep(string resource, LogLevel level, string line)
    {
        _lines.Enqueue(line);
        // Each line comes as "<line number>: <timestamp> <what the process wrote>", its level in colour.
        var written = Colours().Replace(LinePrefix().Replace(line, "", 1), "");
        if (level >= LogLevel.Error || written.StartsWith("fail: ", StringComparison.Ordinal) || written.StartsWith("crit: ", StringComparison.Ordinal))
        {
            _errors.Enqueue($"[{resource}] {written}");
        }
        else if (written.StartsWith("info: ", StringComparison.Ordinal))
        {
            Interlocked.Increment(ref _information);
        }
    }

    [GeneratedRegex(@"^\d+: \S+ ")]
    private static partial Regex LinePrefix();

    [GeneratedRegex(@"\x1b\[[0-9;]*m")]
    private static partial Regex Colours();

    private sealed class Recorder(string resource, CapturedLogs logs) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            logs.Keep(resource, logLevel, formatter(state, exception) + exception);
    }
}
