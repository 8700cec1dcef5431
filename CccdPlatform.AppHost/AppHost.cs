using CccdPlatform.AppHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

var builder = DistributedApplication.CreateBuilder(args);

var infrastructureMode = InfrastructureModeChoice.Resolve(builder.Configuration);
// The AppHost project sits at the repository root, next to scripts/.
var repositoryRoot = Path.GetFullPath(Path.Combine(builder.AppHostDirectory, ".."));
var data = PlatformData.Resolve(builder.Configuration, repositoryRoot);

// Every secret is generated on the first run, never taken from the source, and kept in the data directory of a durable
// platform: the citizen key links a citizen's applications across services, the template key decrypts every stored
// biometric template, the database keeps the password it was created with. No special characters in the password,
// since it goes into a connection string.
var postgresPassword = data.AddSecret(builder, "postgres-password", new GenerateParameterDefault { MinLength = 24, Special = false });
var jwtSigningKey = data.AddSecret(builder, "jwt-signing-key", new RandomBase64ParameterDefault(byteCount: 48));
var citizenRefKey = data.AddSecret(builder, "citizen-ref-key", new RandomBase64ParameterDefault(byteCount: 32));
var templateKey = data.AddSecret(builder, "biometric-template-key", new RandomBase64ParameterDefault(byteCount: 32));
var integratorSecretKey = data.AddSecret(builder, "integrator-secret-key", new RandomBase64ParameterDefault(byteCount: 32));
var citizenAppSecret = data.AddSecret(builder, ResourceNames.CitizenAppSecret, new GenerateParameterDefault { MinLength = 32, Special = false });

var infrastructure = infrastructureMode.Mode == InfrastructureMode.Containers
    ? PlatformInfrastructure.AddContainers(builder, postgresPassword, data)
    : PlatformInfrastructure.AddLocal(builder, postgresPassword, repositoryRoot, data);

var gatewayPort = builder.Configuration.GetValue("Gateway:Port", 8080);
if (gatewayPort == 0)
{
    // A free port instead, for test runs beside a developer's AppHost.
    gatewayPort = FreePort.Take(1)[0];
}

// The identity service issues every token; its public URL, through the gateway, is the tokens' issuer.
var publicUrl = $"http://127.0.0.1:{gatewayPort}";
var identity = WithPlatformDefaults(builder.AddProject<Projects.CccdPlatform_Identity>(ResourceNames.Identity))
    .WithHttpEndpoint()
    .WithReference(infrastructure.Messaging).WaitFor(infrastructure.Messaging)
    .WithReference(infrastructure.IdentityDb).WaitFor(infrastructure.IdentityDb)
    .WithEnvironment("Database__Provider", "PostgreSQL")
    .WithHttpHealthCheck("/health");
if (data.Directory is { } dataDirectory)
{
    // Where the first Admin's one-time credentials are written for ./run.sh to print.
    identity.WithEnvironment("Data__Directory", dataDirectory);
}

// The citizen-facing application (level 1 eID accounts by the citizen, Decree 69/2024) is registered by default; its
// client id can be changed with Identity:CitizenApp:ClientId, its secret is kept with the other secrets.
identity
    .WithEnvironment("Identity__CitizenApps__0__ClientId", builder.Configuration["Identity:CitizenApp:ClientId"] ?? ResourceNames.CitizenApp)
    .WithEnvironment("Identity__CitizenApps__0__DisplayName", "Citizen app (VNeID-style)")
    .WithEnvironment("Identity__CitizenApps__0__Secret", citizenAppSecret);

foreach (var (integrator, index) in builder.Configuration.GetSection("Identity:Integrators").GetChildren().Select((c, i) => (c, i)))
{
    identity
        .WithEnvironment($"Identity__Integrators__{index}__ClientId", integrator["ClientId"])
        .WithEnvironment($"Identity__Integrators__{index}__Secret", integrator["Secret"]);
}

var intake = AddService<Projects.CccdPlatform_Intake>(ResourceNames.Intake, infrastructure.IntakeDb)
    .WithEnvironment("Intake__CitizenRefKey", citizenRefKey);
var biometrics = AddService<Projects.CccdPlatform_Biometrics>(ResourceNames.Biometrics, infrastructure.BiometricsDb)
    .WithEnvironment("Biometrics__TemplateKey", templateKey);
var eIdentification = AddService<Projects.CccdPlatform_EIdentification>(ResourceNames.EIdentification, infrastructure.EIdentificationDb);
var reporting = AddService<Projects.CccdPlatform_Reporting>(ResourceNames.Reporting, infrastructure.ReportingDb);
var integrations = AddService<Projects.CccdPlatform_Integrations>(ResourceNames.Integrations, infrastructure.IntegrationsDb)
    .WithEnvironment("Integrations__SecretKey", integratorSecretKey)
    .WithEnvironment("Integrations__RabbitMqManagement", infrastructure.BrokerManagementUrl);

var gateway = WithPlatformDefaults(builder.AddProject<Projects.CccdPlatform_Gateway>(ResourceNames.Gateway))
    // Not proxied: the gateway itself listens on the well-known port that clients and the docs use.
    .WithHttpEndpoint(port: gatewayPort, isProxied: false)
    .WithExternalHttpEndpoints()
    .WithHttpHealthCheck("/health")
    .WithIdentityDiscovery(identity).WaitFor(identity)
    .WithReference(intake).WaitFor(intake)
    .WithReference(biometrics).WaitFor(biometrics)
    .WithReference(eIdentification).WaitFor(eIdentification)
    .WithReference(reporting).WaitFor(reporting)
    .WithReference(integrations).WaitFor(integrations);

// The simulated biometric devices, for the station app in development (about 40 MB PSS idle); Devices:Simulated=false
// leaves them out where real devices are plugged in or memory is counted. The station app finds the device service at
// Station:DeviceUrl, which the gateway hands it.
// Beside the well-known gateway port the first port of SBI's range; beside any other (test runs, benches) a free one.
var devicePort = builder.Configuration.GetValue("Devices:Port", gatewayPort == 8080 ? 4501 : 0);
if (devicePort == 0)
{
    devicePort = FreePort.Take(1)[0];
}

gateway.WithEnvironment("Station__DeviceUrl", builder.Configuration["Station:DeviceUrl"] ?? $"http://127.0.0.1:{devicePort}");
if (builder.Configuration.GetValue("Devices:Simulated", true))
{
    builder.AddProject<Projects.CccdPlatform_Cli>(ResourceNames.Device)
        .FromBuildOutput()
        .WithArgs("device", "--port", devicePort.ToString(System.Globalization.CultureInfo.InvariantCulture), "--allow-origin", publicUrl)
        .WithHttpEndpoint(port: devicePort, isProxied: false)
        .WithHttpHealthCheck("/device/info")
        // The command line runs with the server GC for simulations; a device answering one station needs no more than one heap.
        .WithEnvironment("DOTNET_gcServer", "0");
}

var app = builder.Build();

var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("CccdPlatform.AppHost");
logger.LogInformation("Infrastructure mode {Mode}: {Reason}.", infrastructureMode.Mode, infrastructureMode.Reason);
logger.LogInformation("Data: {Data}.", data.Directory is { } directory
    ? $"kept in {directory} ({PlatformData.ConfigurationKey})"
    : $"none kept: every run starts empty with new keys ({PlatformData.ConfigurationKey} is not set)");

app.Run();

IResourceBuilder<ProjectResource> AddService<TProject>(string name, IResourceBuilder<IResourceWithConnectionString> database)
    where TProject : IProjectMetadata, new() =>
    WithPlatformDefaults(builder.AddProject<TProject>(name))
        // Declared here rather than left to each service's launch profile, which is optional.
        .WithHttpEndpoint()
        .WithReference(infrastructure.Messaging).WaitFor(infrastructure.Messaging)
        .WithReference(database).WaitFor(database)
        .WithEnvironment("Database__Provider", "PostgreSQL")
        // On as in the services: cccd simulate and the tests register their machines and teams through the identity
        // service's registry; Registry:Enforce=false is for loads that send every workplace's work with one token.
        .WithEnvironment("Registry__Enforce", builder.Configuration["Registry:Enforce"] ?? "true")
        .WithHttpHealthCheck("/health");

// Every service validates the tokens the gateway forwards, so all share one issuer, audience and key.
// The projects have no launch profiles of their own, so without ASPNETCORE_ENVIRONMENT they would run as
// Production under a Development AppHost.
IResourceBuilder<ProjectResource> WithPlatformDefaults(IResourceBuilder<ProjectResource> project)
{
    project
        .FromBuildOutput()
        .WithEnvironment("ASPNETCORE_ENVIRONMENT", builder.Environment.EnvironmentName)
        .WithEnvironment("Authentication__Issuer", "cccd-platform-dev")
        .WithEnvironment("Authentication__Audience", "cccd-platform")
        .WithEnvironment("Authentication__SigningKey", jwtSigningKey)
        .WithEnvironment("Authentication__Authority", publicUrl);

    // Telemetry:TraceSampleRatio (0 to 1) keeps that share of traces, whole (parent-based), instead of every one: for
    // sustained peak load, where recording and shipping every span costs a good part of the CPU.
    if (builder.Configuration["Telemetry:TraceSampleRatio"] is { Length: > 0 } ratio)
    {
        project
            .WithEnvironment("OTEL_TRACES_SAMPLER", "parentbased_traceidratio")
            .WithEnvironment("OTEL_TRACES_SAMPLER_ARG", ratio);
    }

    // Services:LogLevel turns every category of every service up (or down) at once, e.g. Debug for a privacy check.
    if (builder.Configuration["Services:LogLevel"] is { Length: > 0 } level)
    {
        foreach (var category in new[] { "Default", "Microsoft.AspNetCore", "Microsoft.EntityFrameworkCore", "Yarp", "MassTransit" })
        {
            project.WithEnvironment($"Logging__LogLevel__{category}", level);
        }
    }

    return project;
}
