using CccdPlatform.Identity.Apis;
using CccdPlatform.Identity.Extensions;
using CccdPlatform.Identity.Registry;
using CccdPlatform.ServiceDefaults;
using CccdPlatform.ServiceDefaults.Audit;
using CccdPlatform.ServiceDefaults.Http;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddIdentityServices();

var app = builder.Build();
app.UseRequestLocalization();
app.MapDefaultEndpoints();
app.MapDefaultOpenApi();
app.MapConnectApi();
app.MapOfficersApi();
app.MapIntegratorsApi();
app.MapRegistryApi();
app.MapLanguageSwitch();
app.MapRazorPages();
app.MapAuditApi("/api/identity/audit");

await app.RunAsync();

public partial class Program;
