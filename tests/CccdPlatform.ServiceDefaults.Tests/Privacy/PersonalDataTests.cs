using System.Diagnostics;
using CccdPlatform.ServiceDefaults.Privacy;
using Microsoft.Extensions.Logging;

namespace CccdPlatform.ServiceDefaults.Tests.Privacy;

public class PersonalDataTests
{
    [Theory]
    [InlineData("citizen 038095001234 applied", "citizen 038********* applied")]
    [InlineData("/api/intake/worklists/038095001234/reason", "/api/intake/worklists/038*********/reason")]
    [InlineData("a=038095001234&b=001195000001", "a=038*********&b=001*********")]
    [InlineData("order 1234567890123 of 13 digits stays", "order 1234567890123 of 13 digits stays")]
    [InlineData("phone 0912345678 stays", "phone 0912345678 stays")]
    public void IdNumbersAreMaskedDownToTheirProvince(string text, string masked) =>
        Assert.Equal(masked, PersonalData.Mask(text));

    [Fact]
    public void TemplatesAreRemoved()
    {
        var template = Convert.ToBase64String(new byte[2048].Select((_, i) => (byte)(i * 7)).ToArray());
        Assert.Equal("face [base64 removed] end", PersonalData.Mask($"face {template} end"));
    }

    [Fact]
    public void EveryLogProviderBehindTheWrapperSeesOnlyMaskedMessagesAndValues()
    {
        var captured = new CapturingProvider();
        using var provider = new RedactingLoggerProvider(captured);

        provider.CreateLogger("test").LogInformation("Citizen {PersonalId} applied at {Unit}", "038095001234", "380");

        var entry = Assert.Single(captured.Entries);
        Assert.Equal("Citizen 038********* applied at 380", entry.Message);
        Assert.Contains(new KeyValuePair<string, object?>("PersonalId", "038*********"), entry.Values);
        Assert.Contains(new KeyValuePair<string, object?>("{OriginalFormat}", "Citizen {PersonalId} applied at {Unit}"), entry.Values);
    }

    [Fact]
    public void SpanNamesAndTagsAreMasked()
    {
        using var activity = new Activity("PUT /api/intake/worklists/038095001234/reason");
        activity.SetTag("url.path", "/api/intake/worklists/038095001234/reason");
        activity.SetTag("http.response.status_code", 204);
        activity.Start();
        activity.Stop();

        new RedactingActivityProcessor().OnEnd(activity);

        Assert.Equal("PUT /api/intake/worklists/038*********/reason", activity.DisplayName);
        Assert.Equal("/api/intake/worklists/038*********/reason", activity.GetTagItem("url.path"));
        Assert.Equal(204, activity.GetTagItem("http.response.status_code"));
    }

    private sealed record Entry(string Message, IReadOnlyList<KeyValuePair<string, object?>> Values);

    private sealed class CapturingProvider : ILoggerProvider, ILogger
    {
        public List<Entry> Entries { get; } = [];

        public ILogger CreateLogger(string categoryName) => this;

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Entries.Add(new Entry(formatter(state, exception), (IReadOnlyList<KeyValuePair<string, object?>>)state!));

        public void Dispose()
        {
        }
    }
}
