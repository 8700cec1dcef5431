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
    IResourceBuilder<IResourceWithConnectionString> IdentityDb,
    ReferenceExpression BrokerManagementUrl)
{
    /// <summary>
    /// The official container resources; needs a running container runtime. A durable platform keeps both servers'
    /// data in volumes and the broker's password with the other secrets.
    /// </summary>
    public static PlatformInfrastructure AddContainers(
        IDistributedApplicationBuilder builder, IResourceBuilder<ParameterResource> postgresPassword, PlatformData data)
    {
        var brokerPassword = data.AddSecret(builder, "messaging-password", new GenerateParameterDefault { MinLength = 24, Special = false });
        var messaging = builder.AddRabbitMQ(ResourceNames.Messaging, password: brokerPassword).WithManagementPlugin();
        var postgres = builder.AddPostgres(ResourceNames.Postgres, password: postgresPassword);
        if (data.IsDurable)
        {
            messaging.WithDataVolume();
            postgres.WithDataVolume();
        }

        var management = messaging.GetEndpoint("management");

        return new(
            messaging,
            postgres.AddDatabase(ResourceNames.IntakeDb),
            postgres.AddDatabase(ResourceNames.BiometricsDb),
            postgres.AddDatabase(ResourceNames.EIdentificationDb),
            postgres.AddDatabase(ResourceNames.ReportingDb),
            postgres.AddDatabase(ResourceNames.IntegrationsDb),
            postgres.AddDatabase(ResourceNames.IdentityDb),
            ReferenceExpression.Create(
                $"http://{messaging.Resource.UserNameReference}:{messaging.Resource.PasswordParameter}@{management.Property(EndpointProperty.Host)}:{management.Property(EndpointProperty.Port)}"));
    }

    /// <summary>Local RabbitMQ and PostgreSQL processes started by the repository's scripts.</summary>
    public static PlatformInfrastructure AddLocal(
        IDistributedApplicationBuilder builder, IResourceBuilder<ParameterResource> postgresPassword, string repositoryRoot, PlatformData data)
    {
        var messaging = builder.AddLocalRabbitMq(ResourceNames.Messaging, repositoryRoot, data);
        var postgres = builder.AddLocalPostgres(ResourceNames.Postgres, postgresPassword, repositoryRoot, data);

        return new(
            messaging,
            postgres.AddDatabase(ResourceNames.IntakeDb),
            postgres.AddDatabase(ResourceNames.BiometricsDb),
            postgres.AddDatabase(ResourceNames.EIdentificationDb),
            postgres.AddDatabase(ResourceNames.ReportingDb),
            postgres.AddDatabase(ResourceNames.IntegrationsDb),
            postgres.AddDatabase(ResourceNames.IdentityDb),
            // The local broker's guest user only works over loopback, which is where it listens.
            ReferenceExpression.Create(
                $"http://guest:guest@127.0.0.1:{messaging.Resource.ManagementEndpoint.Property(EndpointProperty.Port)}"));
    }
}
