using CccdPlatform.Intake.Extensions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace CccdPlatform.ServiceDefaults.Tests.Persistence;

/// <summary>
/// SQL Server cannot run here, so its migrations are checked as scripts: the idempotent script a DBA would run
/// must be valid T-SQL for SQL Server 2022 and create the service's tables.
/// </summary>
public class SqlServerMigrationScriptTests
{
    private static string IdempotentScript(string database)
    {
        using var db = ServiceDatabases.SqlServer(database);
        return db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);
    }

    [Theory]
    [MemberData(nameof(ServiceDatabases.Names), MemberType = typeof(ServiceDatabases))]
    public void TheIdempotentSqlServerScriptParsesAndCreatesTheServiceTables(string database)
    {
        var script = TSqlScript.Parse(IdempotentScript(database));

        Assert.Empty(script.Errors);
        Assert.Superset(
            ServiceDatabases.ExpectedTables(database).Append("__EFMigrationsHistory").ToHashSet(),
            script.CreatedTables.ToHashSet());
    }

    [Fact]
    public void AScriptCutOffInTheMiddleOfAStatementFailsToParse()
    {
        var script = IdempotentScript(IntakeServiceExtensions.DatabaseConnectionName);
        var cut = script.IndexOf("CREATE TABLE [OutboxMessages]", StringComparison.Ordinal) + 50;

        Assert.NotEmpty(TSqlScript.Parse(script[..cut]).Errors);
    }

    [Theory]
    [MemberData(nameof(ServiceDatabases.Audited), MemberType = typeof(ServiceDatabases))]
    public void InSqlServerTheAuditTableRefusesUpdateAndDeleteByTriggerAndTruncateByAForeignKey(string database)
    {
        using var db = ServiceDatabases.SqlServer(database);
        var script = TSqlScript.Parse(db.GetService<IMigrator>().GenerateScript());

        Assert.Empty(script.Errors);
        var statement = Assert.Single(script.DynamicSql, sql => sql.Contains("CREATE TRIGGER", StringComparison.Ordinal));
        var trigger = Assert.Single(TSqlScript.Parse(statement).CreatedTriggers);
        Assert.Equal("AuditEntries", trigger.TriggerObject.Name.BaseIdentifier.Value);
        Assert.Equal(TriggerType.InsteadOf, trigger.TriggerType);
        Assert.Equal(
            new HashSet<TriggerActionType> { TriggerActionType.Update, TriggerActionType.Delete },
            trigger.TriggerActions.Select(a => a.TriggerActionType).ToHashSet());
        Assert.Contains("AuditEntriesTruncateGuard", script.CreatedTables);
    }

    [Theory]
    [MemberData(nameof(ServiceDatabases.Names), MemberType = typeof(ServiceDatabases))]
    public void TheSqlServerMigrationsMatchTheModel(string database)
    {
        using var db = ServiceDatabases.SqlServer(database);

        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(), "The model changed without a SQL Server migration.");
    }
}
