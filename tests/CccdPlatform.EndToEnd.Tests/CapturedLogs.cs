using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace CccdPlatform.EndToEnd.Tests;

/// <summary>A logger provider that keeps every formatted line, to search for what must not be there.</summary>
public sealed class CapturedLogs : ILoggerProvider, ILogger
{
    private readonly ConcurrentQueue<string> _lines = new();

    public IReadOnlyCollection<string> Lines => _lines;

    public ILogger CreateLogger(string categoryName) => this;

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        _lines.Enqueue(formatter(state, exception) + exception);

    public void Dispose()
    {
    }
}
