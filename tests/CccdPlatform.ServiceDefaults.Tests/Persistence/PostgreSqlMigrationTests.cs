using CccdPlatform.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace CccdPlatform.ServiceDefaults.Tests.Persistence;

public class PostgreSqlMigrationTests
{
    [Theory]
    [MemberData(nameof(ServiceDatabases.Names), MemberType = typeof(ServiceDatabases))]
    public async Task MigratingAFreshPostgreSqlDatabaseCreatesTheServiceTablesAndLeavesNothingPending(string database)
    {
        var connectionString = TestServers.NewDatabase(database);
        try
        {
            await using var db = ServiceDatabases.PostgreSql(database, connectionString);

            await db.Database.MigrateAsync();
            await db.Database.MigrateAsync(); // every start migrates: a second run must be harmless

            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
            Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
            var tables = await db.Database
                .SqlQueryRaw<string>("SELECT table_name AS \"Value\" FROM information_schema.tables WHERE table_schema = 'public'")
                .ToListAsync();
            Assert.Superset(ServiceDatabases.ExpectedTables(database).ToHashSet(), tables.ToHashSet());
        }
        finally
        {
            await TestServers.DropDatabaseAsync(connectionString);
        }
    }

    [Theory]
    [MemberData(nameof(ServiceDatabases.Names), MemberType = typeof(ServiceDatabases))]
    public void ThePostgreSqlMigrationsMatchTheModel(string database)
    {
        using var db = ServiceDatabases.PostgreSql(database, TestServers.NewDatabase(database));

        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(), "The model changed without a PostgreSQL migration.");
    }
}
