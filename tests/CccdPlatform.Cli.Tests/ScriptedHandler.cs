using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace CccdPlatform.Cli.Tests;

/// <summary>Answers as a script says, by path and attempt, and records what was sent.</summary>
public sealed class ScriptedHandler(Func<ScriptedHandler.Sent, HttpResponseMessage> answer) : HttpMessageHandler
{
    public sealed record Sent(string Path, string? IdempotencyKey, string Body, int Attempt, DateTimeOffset At);

    private readonly ConcurrentDictionary<string, int> _attempts = new();

    public ConcurrentQueue<Sent> Requests { get; } = new();

    public static HttpResponseMessage Json(HttpStatusCode status, string json) =>
        new(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };

    public static HttpResponseMessage Receipt() =>
        Json(HttpStatusCode.Created, $$"""{"applicationId":"{{Guid.NewGuid()}}","status":"Received"}""");

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
        var key = request.Headers.TryGetValues("Idempotency-Key", out var keys) ? keys.Single() : null;
        var path = request.RequestUri!.AbsolutePath;
        var attempt = _attempts.AddOrUpdate($"{path} {key ?? body}", 1, (_, n) => n + 1);
        var sent = new Sent(path, key, body, attempt, DateTimeOffset.UtcNow);
        Requests.Enqueue(sent);
        return answer(sent);
    }
}
