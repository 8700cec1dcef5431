using Microsoft.Extensions.Logging;

namespace CccdPlatform.ServiceDefaults.Privacy;

/// <summary>
/// Wraps a logger provider so that every message and every structured value it receives is masked by
/// <see cref="PersonalData"/>, whoever wrote the log call (our code, ASP.NET Core, YARP, MassTransit).
/// </summary>
public sealed class RedactingLoggerProvider(ILoggerProvider inner) : ILoggerProvider, ISupportExternalScope
{
    public ILogger CreateLogger(string categoryName) => new RedactingLogger(inner.CreateLogger(categoryName));

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) =>
        (inner as ISupportExternalScope)?.SetScopeProvider(scopeProvider);

    public void Dispose() => inner.Dispose();

    private sealed class RedactingLogger(ILogger inner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => inner.BeginScope(state);

        public bool IsEnabled(LogLevel logLevel) => inner.IsEnabled(logLevel);

        public void Log<TState>(
            LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!inner.IsEnabled(logLevel))
            {
                return;
            }

            IReadOnlyList<KeyValuePair<string, object?>> values = state is IReadOnlyList<KeyValuePair<string, object?>> pairs
                ? pairs.Select(p => p.Key == "{OriginalFormat}" || p.Value is not string text
                    ? p
                    : new KeyValuePair<string, object?>(p.Key, PersonalData.Mask(text))).ToList()
                : [];
            inner.Log(logLevel, eventId, values, exception, (_, e) => PersonalData.Mask(formatter(state, e)));
        }
    }
}
