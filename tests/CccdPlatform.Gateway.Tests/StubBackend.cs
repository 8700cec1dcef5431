using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace CccdPlatform.Gateway.Tests;

/// <summary>A service stand-in on a loopback port that answers 200 and remembers what the gateway sent it.</summary>
public sealed class StubBackend : IAsyncDisposable
{
    private readonly WebApplication _app;

    private StubBackend(WebApplication app) => _app = app;

    public sealed record ForwardedRequest(string PathAndQuery, string Authorization, string CorrelationId);

    public ConcurrentQueue<ForwardedRequest> Requests { get; } = new();

    public string Address => _app.Urls.Single();

    public static async Task<StubBackend> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var backend = new StubBackend(app);
        app.Run(async context =>
        {
            backend.Requests.Enqueue(new ForwardedRequest(
                context.Request.Path + context.Request.QueryString,
                context.Request.Headers.Authorization.ToString(),
                context.Request.Headers["X-Correlation-Id"].ToString()));
            await context.Response.WriteAsync("from the service");
        });
        await app.StartAsync();
        return backend;
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}
