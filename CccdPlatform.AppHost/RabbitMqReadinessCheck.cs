using Microsoft.Extensions.Diagnostics.HealthChecks;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace CccdPlatform.AppHost;

/// <summary>Healthy once the broker accepts an AMQP connection with the services' credentials.</summary>
public sealed class RabbitMqReadinessCheck(IResourceWithConnectionString broker) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var connectionString = await broker.ConnectionStringExpression.GetValueAsync(cancellationToken);
        var factory = new ConnectionFactory
        {
            Uri = new Uri(connectionString!),
            ClientProvidedName = "aspire-readiness-check",
            AutomaticRecoveryEnabled = false,
            RequestedConnectionTimeout = TimeSpan.FromSeconds(3),
        };

        try
        {
            await using var connection = await factory.CreateConnectionAsync(cancellationToken);
            return connection.IsOpen
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy("RabbitMQ closed the connection at once.");
        }
        catch (BrokerUnreachableException ex)
        {
            return HealthCheckResult.Unhealthy($"RabbitMQ on {factory.Endpoint} is not ready: {ex.Message}", ex);
        }
    }
}
