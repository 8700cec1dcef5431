using CccdPlatform.EIdentification.Extensions;
using CccdPlatform.ServiceDefaults;
using CccdPlatform.ServiceDefaults.Http;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddEIdentificationServices();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapDefaultOpenApi();

await app.RunAsync();

public partial class Program;
