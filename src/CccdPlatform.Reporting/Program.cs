using CccdPlatform.Reporting.Apis;
using CccdPlatform.Reporting.Extensions;
using CccdPlatform.ServiceDefaults;
using CccdPlatform.ServiceDefaults.Http;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddReportingServices();

var app = builder.Build();
app.UseReportsDashboard();
app.MapDefaultEndpoints();
app.MapDefaultOpenApi();
app.MapReportsApi();
app.MapTargetsApi();
app.MapCampaignsApi();
app.MapProjectionApi();

await app.RunAsync();

public partial class Program;
