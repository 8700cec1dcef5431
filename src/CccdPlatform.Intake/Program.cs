using CccdPlatform.Intake.Apis;
using CccdPlatform.Intake.Extensions;
using CccdPlatform.ServiceDefaults;
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

await app.RunAsync();

public partial class Program;
