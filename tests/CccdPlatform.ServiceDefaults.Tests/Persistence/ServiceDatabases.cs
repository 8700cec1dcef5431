using CccdPlatform.Biometrics.Extensions;
using CccdPlatform.Biometrics.Infrastructure;
using CccdPlatform.EIdentification.Extensions;
using CccdPlatform.EIdentification.Infrastructure;
using CccdPlatform.Identity.Extensions;
using CccdPlatform.Identity.Infrastructure;
using CccdPlatform.Intake.Extensions;
using CccdPlatform.Integrations.Extensions;
using CccdPlatform.Integrations.Infrastructure;
using CccdPlatform.Intake.Infrastructure;
using CccdPlatform.Reporting.Extensions;
using CccdPlatform.Reporting.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CccdPlatform.ServiceDefaults.Tests.Persistence;

/// <summary>Every service's database, named by its connection name, on either provider.</summary>
public static class ServiceDatabases
{
    public const string NeverOpenedSqlServer = "Server=127.0.0.1;Database=never-opened;TrustServerCertificate=true";

    public static TheoryData<string> Names =>
    [
        IntakeServiceExtensions.DatabaseConnectionName,
        BiometricsServiceExtensions.DatabaseConnectionName,
        EIdentificationServiceExtensions.DatabaseConnectionName,
        ReportingServiceExtensions.DatabaseConnectionName,
        IntegrationsServiceExtensions.DatabaseConnectionName,
        IdentityServiceExtensions.DatabaseConnectionName,
    ];

    public static IReadOnlyList<string> ExpectedTables(string name) => name switch
    {
        IntakeServiceExtensions.DatabaseConnectionName => ["Applications", "OutboxMessages", "InboxMessages", "AuditEntries"],
        ReportingServiceExtensions.DatabaseConnectionName => ["UnitProgress", "OutboxMessages", "InboxMessages"],
        EIdentificationServiceExtensions.DatabaseConnectionName => ["Accounts", "AccountRequests", "Citizens", "OutboxMessages", "InboxMessages", "AuditEntries"],
        IntegrationsServiceExtensions.DatabaseConnectionName => ["Subscriptions", "WebhookDeliveries", "OutboxMessages", "InboxMessages"],
        BiometricsServiceExtensions.DatabaseConnectionName => ["Captures", "OutboxMessages", "InboxMessages", "AuditEntries"],
        IdentityServiceExtensions.DatabaseConnectionName =>
            ["AspNetUsers", "OpenIddictApplications", "OpenIddictTokens", "TokenKeys", "DataProtectionKeys", "Stations", "Teams", "Machines",
             "OutboxMessages", "AuditEntries"],
        _ => ["OutboxMessages", "InboxMessages"],
    };

    /// <summary>The databases that hold citizens' data, and so an append-only audit table.</summary>
    public static TheoryData<string> Audited =>
    [
        IntakeServiceExtensions.DatabaseConnectionName,
        EIdentificationServiceExtensions.DatabaseConnectionName,
        BiometricsServiceExtensions.DatabaseConnectionName,
        IdentityServiceExtensions.DatabaseConnectionName,
    ];

    public static DbContext SqlServer(string name) => name switch
    {
        IntakeServiceExtensions.DatabaseConnectionName => new SqlServerIntakeDbContext(SqlServerOptions<SqlServerIntakeDbContext>()),
        BiometricsServiceExtensions.DatabaseConnectionName => new SqlServerBiometricsDbContext(SqlServerOptions<SqlServerBiometricsDbContext>()),
        EIdentificationServiceExtensions.DatabaseConnectionName => new SqlServerEIdentificationDbContext(SqlServerOptions<SqlServerEIdentificationDbContext>()),
        ReportingServiceExtensions.DatabaseConnectionName => new SqlServerReportingDbContext(SqlServerOptions<SqlServerReportingDbContext>()),
        IntegrationsServiceExtensions.DatabaseConnectionName => new SqlServerIntegrationsDbContext(SqlServerOptions<SqlServerIntegrationsDbContext>()),
        IdentityServiceExtensions.DatabaseConnectionName => new SqlServerIdentityServiceDbContext(SqlServerOptions<SqlServerIdentityServiceDbContext>()),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };

    public static DbContext PostgreSql(string name, string connectionString) => name switch
    {
        IntakeServiceExtensions.DatabaseConnectionName => new PostgreSqlIntakeDbContext(PostgreSqlOptions<PostgreSqlIntakeDbContext>(connectionString)),
        BiometricsServiceExtensions.DatabaseConnectionName => new PostgreSqlBiometricsDbContext(PostgreSqlOptions<PostgreSqlBiometricsDbContext>(connectionString)),
        EIdentificationServiceExtensions.DatabaseConnectionName => new PostgreSqlEIdentificationDbContext(PostgreSqlOptions<PostgreSqlEIdentificationDbContext>(connectionString)),
        ReportingServiceExtensions.DatabaseConnectionName => new PostgreSqlReportingDbContext(PostgreSqlOptions<PostgreSqlReportingDbContext>(connectionString)),
        IntegrationsServiceExtensions.DatabaseConnectionName => new PostgreSqlIntegrationsDbContext(PostgreSqlOptions<PostgreSqlIntegrationsDbContext>(connectionString)),
        IdentityServiceExtensions.DatabaseConnectionName => new PostgreSqlIdentityServiceDbContext(PostgreSqlOptions<PostgreSqlIdentityServiceDbContext>(connectionString)),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };

    private static DbContextOptions<TContext> SqlServerOptions<TContext>() where TContext : DbContext =>
        new DbContextOptionsBuilder<TContext>().UseSqlServer(NeverOpenedSqlServer).Options;

    private static DbContextOptions<TContext> PostgreSqlOptions<TContext>(string connectionString) where TContext : DbContext =>
        new DbContextOptionsBuilder<TContext>().UseNpgsql(connectionString).Options;
}
