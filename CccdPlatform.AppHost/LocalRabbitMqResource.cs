namespace CccdPlatform.AppHost;

/// <summary>
/// A RabbitMQ broker run from the Debian package by <c>scripts/rabbitmq-server.sh</c>, with the same
/// connection string contract as the container resource, so services reference it the same way.
/// </summary>
public sealed class LocalRabbitMqResource(string name, string command, string workingDirectory)
    : ExecutableResource(name, command, workingDirectory), IResourceWithConnectionString
{
    public const string AmqpEndpointName = "amqp";
    public const string ManagementEndpointName = "management";

    public EndpointReference AmqpEndpoint => field ??= new(this, AmqpEndpointName);

    public EndpointReference ManagementEndpoint => field ??= new(this, ManagementEndpointName);

    // 127.0.0.1 rather than the endpoint's "localhost": the broker listens on IPv4 loopback only.
    public ReferenceExpression ConnectionStringExpression =>
        ReferenceExpression.Create($"amqp://guest:guest@127.0.0.1:{AmqpEndpoint.Property(EndpointProperty.Port)}");
}
