using CccdPlatform.ServiceDefaults.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CccdPlatform.Identity.Tests;

/// <summary>A service with the platform's authentication and nothing else: it finds the identity service's keys by discovery.</summary>
public sealed class ProbeService : IAsyncDisposable
{
    private readonly WebApplication app;

    private ProbeService(WebApplication app) => this.app = app;

    public HttpClient Http { get; private set; } = null!;

    public static async Task<ProbeService> StartAsync(IdentityHost identity)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Development" });
        builder.WebHost.UseTestServer();
        builder.Configuration["Authentication:Authority"] = identity.Issuer;
        builder.Configuration["Authentication:SigningKey"] = identity.Tokens.Options.SigningKey;
        builder.Services.AddDefaultAuthentication(builder.Configuration, isDevelopment: true);
        var app = builder.Build();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapGet("/who", (System.Security.Claims.ClaimsPrincipal user) => user.SubjectOf());
        await app.StartAsync();
        return new ProbeService(app) { Http = app.GetTestClient() };
    }

    public async Task<int> CallAsync(string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/who");
        request.Headers.Authorization = new("Bearer", token);
        using var response = await Http.SendAsync(request);
        return (int)response.StatusCode;
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await app.DisposeAsync();
    }
}
