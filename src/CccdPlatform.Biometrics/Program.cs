using CccdPlatform.Biometrics.Apis;
using CccdPlatform.Biometrics.Extensions;
using CccdPlatform.ServiceDefaults;
using CccdPlatform.ServiceDefaults.Audit;
using CccdPlatform.ServiceDefaults.Http;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddBiometricsServices();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapDefaultOpenApi();
app.MapCapturesApi();
app.MapDuplicatesApi();
app.MapAuditApi("/api/biometrics/audit");

await app.RunAsync();

public partial class Program;
