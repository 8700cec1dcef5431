using CccdPlatform.Reporting.Infrastructure;
using CccdPlatform.Reporting.Projections;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace CccdPlatform.Reporting.Tests;

/// <summary>SQL Server cannot run here; its hand-written statements are at least parsed as T-SQL.</summary>
public class SqlServerStatementTests
{
    [Theory]
    [InlineData(CounterStore.SqlServerUnits)]
    [InlineData(CounterStore.SqlServerDays)]
    [InlineData(CounterStore.SqlServerTeams)]
    [InlineData(EventLog.SqlServerAppend)]
    [InlineData(ProjectorLease.SqlServerTake)]
    [InlineData(ApplicationStateStore.SqlServerMerge)]
    [InlineData(Rebuild.SqlServerQueueAll)]
    public void TheSqlServerStatementParses(string sql)
    {
        using var reader = new StringReader(sql);
        new TSql160Parser(initialQuotedIdentifiers: true).Parse(reader, out var errors);

        Assert.Empty(errors.Select(e => $"{e.Line}:{e.Column} {e.Message}"));
    }
}
