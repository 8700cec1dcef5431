using CccdPlatform.Biometrics.Extensions;
using CccdPlatform.Biometrics.Infrastructure;
using CccdPlatform.ServiceDefaults;
using CccdPlatform.ServiceDefaults.Persistence;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddBiometricsServices();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapOpenApi().AllowAnonymous();

await app.MigrateDatabaseAsync<BiometricsDbContext>();
await app.RunAsync();

public partial class Program;
