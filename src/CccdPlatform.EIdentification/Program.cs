using CccdPlatform.EIdentification.Extensions;
using CccdPlatform.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddEIdentificationServices();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapOpenApi().AllowAnonymous();

await app.RunAsync();

public partial class Program;
