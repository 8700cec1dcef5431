using CccdPlatform.Intake.Apis;
using CccdPlatform.Intake.Extensions;
using CccdPlatform.ServiceDefaults;
using CccdPlatform.ServiceDefaults.Audit;
using CccdPlatform.ServiceDefaults.Http;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddIntakeServices();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapDefaultOpenApi();
app.MapApplicationsApi();
app.MapBatchesApi();
app.MapRostersApi();
app.MapWorklistsApi();
app.MapAuditApi("/api/intake/audit");

await app.RunAsync();

public partial class Program;
