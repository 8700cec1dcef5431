using System.Net;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CccdPlatform.Cli.Device;

/// <summary>
/// The device service of docs/devices.md on 127.0.0.1 only: discovery, information and capture for the station app's
/// origins, and the simulation's conditions for local tools (never for a web page).
/// </summary>
public static class DeviceHost
{
    public static WebApplication Build(int port, IReadOnlyList<string> allowedOrigins, SimulatedDevice device)
    {
        var origins = allowedOrigins.Select(o => o.TrimEnd('/')).ToArray();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, port));
        builder.Services.AddProblemDetails();
        builder.Services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
            o.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        });
        builder.Services.AddCors(c => c.AddDefaultPolicy(p => p.WithOrigins(origins).WithMethods("GET", "POST").WithHeaders("content-type")));
        // A page whose name an attacker points at 127.0.0.1 (DNS rebinding) would be same-origin and send no Origin.
        builder.Services.AddHostFiltering(o => o.AllowedHosts = ["127.0.0.1", "localhost"]);
        builder.Services.AddSingleton(device);

        var app = builder.Build();
        app.UseHostFiltering();
        app.Use((context, next) => OriginGuard.CheckAsync(context, next, origins));
        app.UseCors();
        app.UseStatusCodePages();

        app.MapGet("/device/discover", DeviceApi.Discover);
        app.MapGet("/device/info", DeviceApi.Info);
        app.MapGet("/device/info/{deviceId}", DeviceApi.InfoOf);
        app.MapPost("/device/capture", DeviceApi.CaptureAsync);
        app.MapGet("/simulator/conditions", DeviceApi.Conditions);
        app.MapPut("/simulator/conditions", DeviceApi.SetConditions);
        return app;
    }
}
