using CccdPlatform.Biometrics.Extensions;
using CccdPlatform.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddBiometricsServices();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapOpenApi().AllowAnonymous();

await app.RunAsync();

public partial class Program;
