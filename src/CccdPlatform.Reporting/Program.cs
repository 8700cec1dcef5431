using CccdPlatform.Reporting.Apis;
using CccdPlatform.Reporting.Extensions;
using CccdPlatform.Reporting.Infrastructure;
using CccdPlatform.ServiceDefaults;
using CccdPlatform.ServiceDefaults.Persistence;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddReportingServices();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapOpenApi().AllowAnonymous();
app.MapReportsApi();

await app.MigrateDatabaseAsync<ReportingDbContext>();
await app.RunAsync();

public partial class Program;
