using CccdPlatform.Gateway.Apis;
using CccdPlatform.Gateway.Extensions;
using CccdPlatform.ServiceDefaults;
using CccdPlatform.ServiceDefaults.Authentication;
using Scalar.AspNetCore;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.Services.AddReverseProxy()
    .LoadFromConfig(builder.Configuration.GetSection("ReverseProxy"))
    .AddServiceDiscoveryDestinationResolver();
builder.Services.AddSingleton<DevelopmentTokenIssuer>();
builder.Services.AddSingleton<StationDevice>();
builder.AddGatewayLimits();

var app = builder.Build();
app.MapDefaultEndpoints();
app.UseGatewayLimits();
if (app.Environment.IsDevelopment())
{
    app.MapDevelopmentTokenApi();
}

// One interactive reference for every service; the documents themselves are proxied from the services.
app.MapScalarApiReference("/docs", options => options
    .WithTitle("CccdPlatform API")
    .AddDocuments("intake", "biometrics", "eid", "reports", "integrations"))
    .AllowAnonymous();
app.MapStationApp();
app.MapReverseProxy();

await app.RunAsync();

public partial class Program;
