using CccdPlatform.EIdentification.Extensions;
using CccdPlatform.EIdentification.Infrastructure;
using CccdPlatform.ServiceDefaults;
using CccdPlatform.ServiceDefaults.Persistence;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddEIdentificationServices();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapOpenApi().AllowAnonymous();

await app.MigrateDatabaseAsync<EIdentificationDbContext>();
await app.RunAsync();

public partial class Program;
