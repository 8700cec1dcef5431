using CccdPlatform.Integrations.Apis;
using CccdPlatform.Integrations.Extensions;
using CccdPlatform.ServiceDefaults;
using CccdPlatform.ServiceDefaults.Http;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddIntegrationsServices();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapDefaultOpenApi();
app.MapSubscriptionsApi();
app.MapDeliveriesApi();

await app.RunAsync();

public partial class Program;
