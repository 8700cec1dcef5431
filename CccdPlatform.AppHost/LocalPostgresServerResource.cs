namespace CccdPlatform.AppHost;

/// <summary>
/// A PostgreSQL server run from the Debian package by <c>scripts/postgres-server.sh</c>, with the same
/// connection string contract as the container resource.
/// </summary>
public sealed class LocalPostgresServerResource(string name, string command, string workingDirectory, ParameterResource password)
    : ExecutableResource(name, command, workingDirectory), IResourceWithConnectionString
{
    public const string PrimaryEndpointName = "tcp";

    public ParameterResource PasswordParameter { get; } = password;

    public EndpointReference PrimaryEndpoint => field ??= new(this, PrimaryEndpointName);

    // 127.0.0.1 rather than the endpoint's "localhost": the server listens on IPv4 loopback only.
    public ReferenceExpression ConnectionStringExpression =>
        ReferenceExpression.Create(
            $"Host=127.0.0.1;Port={PrimaryEndpoint.Property(EndpointProperty.Port)};Username=postgres;Password={PasswordParameter}");
}
