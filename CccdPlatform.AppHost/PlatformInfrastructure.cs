namespace CccdPlatform.AppHost;

/// <summary>
/// The broker, its management API and the services' databases, typed only as connection-string resources so that the services are
/// wired the same way whichever <see cref="InfrastructureMode"/> produced them.
/// </summary>
public sealed record PlatformInfrastructure(
    IResourceBuilder<IResourceWithConnectionString> Messaging,
    IResourceBuilder<IResourceWithConnectionString> IntakeDb,
    IResourceBuilder<IResourceWithConnectionString> BiometricsDb,
    IResourceBuilder<IResourceWithConnectionString> EIdentificationDb,
    IResourceBuilder<IResourceWithConnectionString> ReportingDb,
    IResourceBuilder<IResourceWithConnectionString> IntegrationsDb,
    ReferenceExpression BrokerManagementUrl)
{
    /// <summary>The official container resources; needs a running container runtime.</summary>
    public static PlatformInfrastructure AddContainers(IDistributedApplicationBuilder builder, IResourceBuilder<ParameterResource> postgresPassword)
    {
        var messaging = builder.AddRabbitMQ(ResourceNames.Messaging).WithManagementPlugin();
        var postgres = builder.AddPostgres(ResourceNames.Postgres, password: postgresPassword);
        var management = messaging.GetEndpoint("management");

        return new(
            messaging,
            postgres.AddDatabase(ResourceNames.IntakeDb),
            postgres.AddDatabase(ResourceNames.BiometricsDb),
            postgres.AddDatabase(ResourceNames.EIdentificationDb),
            postgres.AddDatabase(ResourceNames.ReportingDb),
            postgres.AddDatabase(ResourceNames.IntegrationsDb),
            ReferenceExpression.Create(
                $"http://{messaging.Resource.UserNameReference}:{messaging.Resource.PasswordParameter}@{management.Property(EndpointProperty.Host)}:{management.Property(EndpointProperty.Port)}"));
    }

    /// <summary>Local RabbitMQ and PostgreSQL processes started by the repository's scripts.</summary>
    public static PlatformInfrastructure AddLocal(IDistributedApplicationBuilder builder, IResourceBuilder<ParameterResource> postgresPassword)
    {
        // The AppHost project sits at the repository root, next to scripts/.
        var repositoryRoot = Path.GetFullPath(Path.Combine(builder.AppHostDirectory, ".."));

        var messaging = builder.AddLocalRabbitMq(ResourceNames.Messaging, repositoryRoot);
        var postgres = builder.AddLocalPostgres(ResourceNames.Postgres, postgresPassword, repositoryRoot);

        return new(
            messaging,
            postgres.AddDatabase(ResourceNames.IntakeDb),
            postgres.AddDatabase(ResourceNames.BiometricsDb),
            postgres.AddDatabase(ResourceNames.EIdentificationDb),
            postgres.AddDatabase(ResourceNames.ReportingDb),
            postgres.AddDatabase(ResourceNames.IntegrationsDb),
            // The local broker's guest user only works over loopback, which is where it listens.
            ReferenceExpression.Create(
                $"http://guest:guest@127.0.0.1:{messaging.Resource.ManagementEndpoint.Property(EndpointProperty.Port)}"));
    }
}
