using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using CccdPlatform.Cli.Api;

namespace CccdPlatform.Cli.Http;

/// <summary>
/// Sends requests to the gateway, or intake's own routes straight to intake when an intake address is given, with
/// retries on transient failures. One instance serves every worker: the connection pool is shared.
/// </summary>
public sealed class PlatformClient : IDisposable
{
    public const string Json = "application/json";
    private const string IntakePrefix = "/api/intake/";
    private readonly HttpClient _http;
    private readonly ConcurrentDictionary<string, Uri> _uris = new(StringComparer.Ordinal);

    public PlatformClient(HttpMessageHandler handler, Uri gateway, Uri? intake = null, RetryPolicy? retry = null, IAttemptObserver? observer = null)
    {
        _http = new HttpClient(handler, disposeHandler: true) { Timeout = TimeSpan.FromSeconds(60) };
        Gateway = gateway;
        Intake = intake;
        Retry = retry ?? new RetryPolicy();
        Observer = observer;
    }

    public Uri Gateway { get; }
    public Uri? Intake { get; }
    public RetryPolicy Retry { get; }
    public IAttemptObserver? Observer { get; set; }

    /// <summary>Where applications go, for reports.</summary>
    public string Target => Intake is null ? $"gateway {Gateway}" : $"intake {Intake} (the rest through {Gateway})";

    /// <summary>A pooled handler with enough connections for the given concurrency and nothing a load test does not need.</summary>
    public static SocketsHttpHandler NewHandler(int connections) => new()
    {
        MaxConnectionsPerServer = Math.Max(connections, 2),
        PooledConnectionLifetime = TimeSpan.FromMinutes(10),
        PooledConnectionIdleTimeout = TimeSpan.FromMinutes(1),
        ConnectTimeout = TimeSpan.FromSeconds(10),
        AutomaticDecompression = DecompressionMethods.None,
        UseCookies = false,
        UseProxy = false,
    };

    public Uri UriOf(string path) => _uris.GetOrAdd(path, static (p, client) =>
        new Uri(client.Intake is not null && p.StartsWith(IntakePrefix, StringComparison.Ordinal) ? client.Intake : client.Gateway, p), this);

    /// <summary>Sends until an answer that is not transient, or the attempts run out.</summary>
    public async Task<Answer> SendAsync(
        Operation operation, HttpMethod method, string path, byte[]? body, string contentType, string? authorization,
        string? idempotencyKey = null, string? machineId = null, CancellationToken cancellationToken = default)
    {
        var uri = UriOf(path);
        for (var attempt = 1; ; attempt++)
        {
            using var request = new HttpRequestMessage(method, uri);
            if (body is not null)
            {
                request.Content = new ByteArrayContent(body);
                request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
            }

            if (authorization is not null)
            {
                request.Headers.TryAddWithoutValidation("Authorization", authorization);
            }

            if (idempotencyKey is not null)
            {
                request.Headers.TryAddWithoutValidation("Idempotency-Key", idempotencyKey);
            }

            if (machineId is not null)
            {
                request.Headers.TryAddWithoutValidation("X-Machine-Id", machineId);
            }

            var started = Stopwatch.GetTimestamp();
            Answer answer;
            TimeSpan? retryAfter = null;
            try
            {
                using var response = await _http.SendAsync(request, cancellationToken);
                var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
                Observer?.Answered(operation, (int)response.StatusCode, Stopwatch.GetTimestamp() - started);
                answer = new Answer((int)response.StatusCode, bytes, attempt);
                retryAfter = RetryAfterOf(response);
            }
            catch (Exception exception) when (exception is HttpRequestException or IOException
                || (exception is TaskCanceledException && !cancellationToken.IsCancellationRequested))
            {
                Observer?.NoAnswer(operation);
                answer = new Answer(0, [], attempt, exception.Message);
            }

            if (!RetryPolicy.IsTransient(answer.Status) || attempt >= Retry.MaxAttempts)
            {
                return answer;
            }

            await Task.Delay(Retry.DelayBefore(attempt + 1, retryAfter), cancellationToken);
        }
    }

    /// <summary>A signed token from the gateway's <c>POST /dev/token</c> (Development environment only).</summary>
    public async Task<string> DevelopmentTokenAsync(TokenRequest token, CancellationToken cancellationToken)
    {
        var body = System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(token, CliJson.Default.TokenRequest);
        var answer = await SendAsync(Operation.Token, HttpMethod.Post, "/dev/token", body, Json, null, cancellationToken: cancellationToken);
        return answer.IsSuccess && answer.Read(CliJson.Default.TokenResponse) is { } issued
            ? issued.AccessToken
            : throw new InvalidOperationException(
                $"The gateway at {Gateway} gave no development token ({answer.Describe()}). It issues them in the Development environment only.");
    }

    private static TimeSpan? RetryAfterOf(HttpResponseMessage response) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - DateTimeOffset.UtcNow,
        _ => null,
    };

    public void Dispose() => _http.Dispose();
}
