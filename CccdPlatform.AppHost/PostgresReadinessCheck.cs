using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace CccdPlatform.AppHost;

/// <summary>Healthy once the server accepts a login and answers <c>SELECT 1</c>.</summary>
public sealed class PostgresReadinessCheck(IResourceWithConnectionString server) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var connectionString = await server.ConnectionStringExpression.GetValueAsync(cancellationToken);
        // No pooling: an idle pooled connection held by the AppHost would delay the server's shutdown.
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false, Timeout = 3 };

        try
        {
            await using var connection = new NpgsqlConnection(builder.ConnectionString);
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand("SELECT 1", connection);
            await command.ExecuteScalarAsync(cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (NpgsqlException ex)
        {
            return HealthCheckResult.Unhealthy($"PostgreSQL on port {builder.Port} is not ready: {ex.Message}", ex);
        }
    }
}
