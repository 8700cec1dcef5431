using CccdPlatform.Intake.Apis;
using CccdPlatform.Intake.Extensions;
using CccdPlatform.Intake.Infrastructure;
using CccdPlatform.ServiceDefaults;
using CccdPlatform.ServiceDefaults.Persistence;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddIntakeServices();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapOpenApi().AllowAnonymous();
app.MapApplicationsApi();

await app.MigrateDatabaseAsync<IntakeDbContext>();
await app.RunAsync();

public partial class Program;
