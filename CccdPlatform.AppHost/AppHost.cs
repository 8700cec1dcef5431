using CccdPlatform.AppHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

var builder = DistributedApplication.CreateBuilder(args);

var infrastructureMode = InfrastructureModeChoice.Resolve(builder.Configuration);

// Fresh each run and never persisted: both modes start PostgreSQL from empty storage every run.
// No special characters, since the value goes into a connection string.
var postgresPassword = builder.AddParameter(
    "postgres-password", new GenerateParameterDefault { MinLength = 24, Special = false }, secret: true);

// Fresh each run unless Parameters:jwt-signing-key is configured, so no signing key is in the source.
var jwtSigningKey = builder.AddParameter("jwt-signing-key", new RandomBase64ParameterDefault(byteCount: 48), secret: true);

// Keys of citizen data, likewise never in the source. A deployment must keep them stable: the citizen key links a
// citizen's applications across services, the template key decrypts every stored biometric template.
var citizenRefKey = builder.AddParameter("citizen-ref-key", new RandomBase64ParameterDefault(byteCount: 32), secret: true);
var templateKey = builder.AddParameter("biometric-template-key", new RandomBase64ParameterDefault(byteCount: 32), secret: true);
var integratorSecretKey = builder.AddParameter("integrator-secret-key", new RandomBase64ParameterDefault(byteCount: 32), secret: true);

var infrastructure = infrastructureMode.Mode == InfrastructureMode.Containers
    ? PlatformInfrastructure.AddContainers(builder, postgresPassword)
    : PlatformInfrastructure.AddLocal(builder, postgresPassword);

var intake = AddService<Projects.CccdPlatform_Intake>(ResourceNames.Intake, infrastructure.IntakeDb)
    .WithEnvironment("Intake__CitizenRefKey", citizenRefKey);
var biometrics = AddService<Projects.CccdPlatform_Biometrics>(ResourceNames.Biometrics, infrastructure.BiometricsDb)
    .WithEnvironment("Biometrics__TemplateKey", templateKey);
var eIdentification = AddService<Projects.CccdPlatform_EIdentification>(ResourceNames.EIdentification, infrastructure.EIdentificationDb);
var reporting = AddService<Projects.CccdPlatform_Reporting>(ResourceNames.Reporting, infrastructure.ReportingDb);
var integrations = AddService<Projects.CccdPlatform_Integrations>(ResourceNames.Integrations, infrastructure.IntegrationsDb)
    .WithEnvironment("Integrations__SecretKey", integratorSecretKey)
    .WithEnvironment("Integrations__RabbitMqManagement", infrastructure.BrokerManagementUrl);

var gatewayPort = builder.Configuration.GetValue("Gateway:Port", 8080);
if (gatewayPort == 0)
{
    // A free port instead, for test runs beside a developer's AppHost.
    gatewayPort = FreePort.Take(1)[0];
}

WithPlatformDefaults(builder.AddProject<Projects.CccdPlatform_Gateway>(ResourceNames.Gateway))
    // Not proxied: the gateway itself listens on the well-known port that clients and the docs use.
    .WithHttpEndpoint(port: gatewayPort, isProxied: false)
    .WithExternalHttpEndpoints()
    .WithHttpHealthCheck("/health")
    .WithReference(intake).WaitFor(intake)
    .WithReference(biometrics).WaitFor(biometrics)
    .WithReference(eIdentification).WaitFor(eIdentification)
    .WithReference(reporting).WaitFor(reporting)
    .WithReference(integrations).WaitFor(integrations);

var app = builder.Build();

app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("CccdPlatform.AppHost").LogInformation(
    "Infrastructure mode {Mode}: {Reason}.", infrastructureMode.Mode, infrastructureMode.Reason);

app.Run();

IResourceBuilder<ProjectResource> AddService<TProject>(string name, IResourceBuilder<IResourceWithConnectionString> database)
    where TProject : IProjectMetadata, new() =>
    WithPlatformDefaults(builder.AddProject<TProject>(name))
        // Declared here rather than left to each service's launch profile, which is optional.
        .WithHttpEndpoint()
        .WithReference(infrastructure.Messaging).WaitFor(infrastructure.Messaging)
        .WithReference(database).WaitFor(database)
        .WithEnvironment("Database__Provider", "PostgreSQL")
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
        .WithEnvironment("Authentication__SigningKey", jwtSigningKey);

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
