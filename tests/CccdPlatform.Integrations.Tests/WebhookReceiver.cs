using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CccdPlatform.Integrations.Tests;

/// <summary>
/// An integrator's webhook endpoint on a real socket (Kestrel on 127.0.0.1, a free port). It records every request
/// and checks its signature the way the README tells integrators to; while <see cref="Online"/> is false it answers 503.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, string> _secrets = new();

    private WebhookReceiver(WebApplication app) => _app = app;

    public bool Online { get; set; } = true;

    public ConcurrentQueue<ReceivedWebhook> Received { get; } = new();

    public string BaseUrl { get; private set; } = "";

    public static async Task<WebhookReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var receiver = new WebhookReceiver(app);
        app.MapPost("/hooks/{name}", receiver.HandleAsync);
        await app.StartAsync();
        receiver.BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!
            .Addresses.Single().TrimEnd('/');
        return receiver;
    }

    /// <summary>A URL of its own for one subscription, whose secret is given once the subscription exists.</summary>
    public string UrlFor(string name) => $"{BaseUrl}/hooks/{name}";

    public void Trust(string name, string secret) => _secrets[name] = secret;

    public IEnumerable<ReceivedWebhook> To(string name) => Received.Where(r => r.Name == name);

    private async Task<IResult> HandleAsync(string name, HttpRequest request)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer);
        var body = buffer.ToArray();
        var timestamp = request.Headers["X-Cccd-Timestamp"].ToString();
        var signature = request.Headers["X-Cccd-Signature"].ToString();
        var valid = _secrets.TryGetValue(name, out var secret) && Verify(secret, timestamp, body, signature);
        Received.Enqueue(new ReceivedWebhook(
            name, request.Headers["X-Cccd-Event"].ToString(), request.Headers["X-Cccd-Delivery"].ToString(), timestamp,
            signature, Encoding.UTF8.GetString(body), request.ContentType, valid, Online));
        return Online ? Results.Ok() : Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
    }

    /// <summary>The integrator's check, as in the README: HMAC-SHA256 over "timestamp.body", compared in constant time.</summary>
    public static bool Verify(string secret, string timestamp, byte[] body, string signature)
    {
        var signed = Encoding.UTF8.GetBytes(timestamp + ".").Concat(body).ToArray();
        var expected = "v1=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), signed));
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(signature));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
