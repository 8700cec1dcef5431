using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace CccdPlatform.AppHost;

/// <summary>
/// Adds RabbitMQ and PostgreSQL as local processes (the Debian packages, through the scripts under
/// <c>scripts/</c>) for machines without a container runtime.
/// </summary>
public static class LocalInfrastructureBuilderExtensions
{
    private static readonly TimeSpan ReadinessTimeout = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Runs <c>scripts/rabbitmq-server.sh AMQP_PORT MANAGEMENT_PORT</c> (user guest/guest, loopback only), on the node
    /// kept in <paramref name="data"/>'s directory when the platform is durable, else on a new one.
    /// </summary>
    public static IResourceBuilder<LocalRabbitMqResource> AddLocalRabbitMq(
        this IDistributedApplicationBuilder builder, string name, string repositoryRoot, PlatformData data)
    {
        var ports = FreePort.Take(2);
        var broker = new LocalRabbitMqResource(name, "bash", repositoryRoot);

        return builder.AddResource(broker)
            .WithEndpoint(name: LocalRabbitMqResource.AmqpEndpointName, scheme: "amqp", port: ports[0], targetPort: ports[0], isProxied: false)
            .WithHttpEndpoint(name: LocalRabbitMqResource.ManagementEndpointName, port: ports[1], targetPort: ports[1], isProxied: false)
            .WithArgs(
                Path.Combine(repositoryRoot, "scripts", "rabbitmq-server.sh"),
                broker.AmqpEndpoint.Property(EndpointProperty.Port),
                broker.ManagementEndpoint.Property(EndpointProperty.Port))
            .WithKeptDirectory("CCCD_RABBIT_DIR", data.RabbitMqDirectory)
            .WithEnvironment(context =>
            {
                if (data.IsDurable)
                {
                    context.EnvironmentVariables["CCCD_RABBIT_NODENAME"] = PlatformData.RabbitMqNodeName;
                }
            })
            .WithReadinessCheck(new RabbitMqReadinessCheck(broker));
    }

    /// <summary>
    /// Runs <c>scripts/postgres-server.sh PORT</c>, which takes the superuser password from <c>CCCD_PG_PASSWORD</c>, on
    /// the cluster kept in <paramref name="data"/>'s directory when the platform is durable, else on a new one.
    /// </summary>
    public static IResourceBuilder<LocalPostgresServerResource> AddLocalPostgres(
        this IDistributedApplicationBuilder builder, string name, IResourceBuilder<ParameterResource> password,
        string repositoryRoot, PlatformData data)
    {
        var port = FreePort.Take(1)[0];
        var server = new LocalPostgresServerResource(name, "bash", repositoryRoot, password.Resource);

        return builder.AddResource(server)
            .WithEndpoint(name: LocalPostgresServerResource.PrimaryEndpointName, scheme: "tcp", port: port, targetPort: port, isProxied: false)
            .WithArgs(
                Path.Combine(repositoryRoot, "scripts", "postgres-server.sh"),
                server.PrimaryEndpoint.Property(EndpointProperty.Port))
            .WithEnvironment("CCCD_PG_PASSWORD", password)
            .WithKeptDirectory("CCCD_PG_DATA", data.PostgresDirectory)
            .WithReadinessCheck(new PostgresReadinessCheck(server));
    }

    // The server scripts start from what the directory holds and leave it in place when they stop (CCCD_KEEP_DATA).
    private static IResourceBuilder<T> WithKeptDirectory<T>(this IResourceBuilder<T> builder, string variable, string? directory)
        where T : IResourceWithEnvironment => directory is null
        ? builder
        : builder.WithEnvironment(variable, directory).WithEnvironment("CCCD_KEEP_DATA", "1");

    /// <summary>
    /// Declares a database on the local server. Nothing creates it here: the owning service's EF Core
    /// migrations do. It is running and healthy exactly when its server is.
    /// </summary>
    public static IResourceBuilder<LocalPostgresDatabaseResource> AddDatabase(
        this IResourceBuilder<LocalPostgresServerResource> server, string name, string? databaseName = null)
    {
        var database = new LocalPostgresDatabaseResource(name, databaseName ?? name, server.Resource);

        return server.ApplicationBuilder.AddResource(database)
            .WithInitialState(new CustomResourceSnapshot
            {
                ResourceType = "PostgresDatabase",
                State = KnownResourceStates.NotStarted,
                Properties = [],
            })
            .OnInitializeResource((db, e, initializeCancellation) =>
            {
                // Runs for the AppHost's whole life, not just during initialization.
                var stopping = e.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
                Task.Run(() => MirrorServerStateAsync(db, e.Notifications, stopping), initializeCancellation);
                return Task.CompletedTask;
            });
    }

    private static IResourceBuilder<T> WithReadinessCheck<T>(this IResourceBuilder<T> builder, IHealthCheck check)
        where T : IResource
    {
        var key = $"{builder.Resource.Name}-ready";
        builder.ApplicationBuilder.Services.AddHealthChecks()
            .Add(new HealthCheckRegistration(key, check, failureStatus: null, tags: null, timeout: ReadinessTimeout));
        return builder.WithHealthCheck(key);
    }

    // Aspire copies a container's state to its child resources, but not an executable's; without this
    // the databases would stay "Not started" and every service waiting for one would wait forever.
    // Health needs no copying: a child is checked with its parent's health checks.
    private static async Task MirrorServerStateAsync(
        LocalPostgresDatabaseResource database, ResourceNotificationService notifications, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var update in notifications.WatchAsync(cancellationToken))
            {
                if (update.Resource == database.Parent)
                {
                    var server = update.Snapshot;
                    await notifications.PublishUpdateAsync(database, s => s with
                    {
                        State = server.State,
                        StartTimeStamp = server.StartTimeStamp,
                        StopTimeStamp = server.StopTimeStamp,
                    });
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The AppHost is stopping.
        }
    }
}
