using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace CccdPlatform.EndToEnd.Tests;

/// <summary>
/// Keeps every line the platform's resources wrote (as the dashboard shows them), to search for what must not be
/// there. The test host's own logs, such as its HTTP client's, are not the platform's and are left out.
/// </summary>
public sealed class CapturedLogs : ILoggerProvider
{
    private const string ResourceCategoryPrefix = "CccdPlatform.AppHost.Resources.";
    private readonly ConcurrentQueue<string> _lines = new();

    public IReadOnlyCollection<string> Lines => _lines;

    public ILogger CreateLogger(string categoryName) => categoryName.StartsWith(ResourceCategoryPrefix, StringComparison.Ordinal)
        ? new Recorder(_lines)
        : Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;

    public void Dispose()
    {
    }

    private sealed class Recorder(ConcurrentQueue<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Enqueue(formatter(state, exception) + exception);
    }
}
