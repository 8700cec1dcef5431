using CccdPlatform.Integrations.Infrastructure;
using CccdPlatform.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace CccdPlatform.Integrations.Tests;

/// <summary>
/// Both providers' migrations match the model. (Until tests/CccdPlatform.ServiceDefaults.Tests lists integrationsdb
/// among the service databases, which also parses the SQL Server script.)
/// </summary>
public class MigrationTests
{
    [Fact]
    public void ThePostgreSqlMigrationsMatchTheModel()
    {
        using var db = new PostgreSqlIntegrationsDbContext(new DbContextOptionsBuilder<PostgreSqlIntegrationsDbContext>()
            .UseNpgsql(TestServers.NewDatabase("integrationsdb")).Options);

        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(), "The model changed without a PostgreSQL migration.");
    }

    [Fact]
    public void TheSqlServerMigrationsMatchTheModel()
    {
        using var db = new SqlServerIntegrationsDbContext(new DbContextOptionsBuilder<SqlServerIntegrationsDbContext>()
            .UseSqlServer("Server=127.0.0.1;Database=never-opened;TrustServerCertificate=true").Options);

        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(), "The model changed without a SQL Server migration.");
    }
}
