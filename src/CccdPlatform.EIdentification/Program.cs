using CccdPlatform.EIdentification.Apis;
using CccdPlatform.EIdentification.Extensions;
using CccdPlatform.ServiceDefaults;
using CccdPlatform.ServiceDefaults.Audit;
using CccdPlatform.ServiceDefaults.Http;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddEIdentificationServices();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapDefaultOpenApi();
app.MapAccountsApi();
app.MapSelfServiceApi();
app.MapOverdueApi();
app.MapAuditApi("/api/eid/audit");
if (app.Environment.IsDevelopment())
{
    app.MapDevelopmentApi();
}

await app.RunAsync();

public partial class Program;
