using CccdPlatform.Reporting.Apis;
using CccdPlatform.Reporting.Extensions;
using CccdPlatform.ServiceDefaults;
using CccdPlatform.ServiceDefaults.Http;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddReportingServices();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapDefaultOpenApi();
app.MapReportsApi();

await app.RunAsync();

public partial class Program;
