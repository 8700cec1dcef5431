using Microsoft.EntityFrameworkCore;

namespace CccdPlatform.TestSupport.Fuzzing;

public static class RowCounts
{
    /// <summary>The rows of every table of the context but the audit trail, which records refused requests too.</summary>
    public static async Task<IReadOnlyDictionary<string, long>> RowCountsAsync(this DbContext db)
    {
        var tables = db.Model.GetEntityTypes().Select(e => e.GetTableName()).OfType<string>()
            .Where(t => t != ServiceDefaults.Audit.AuditModelBuilderExtensions.TableName).Distinct().Order();
        var counts = new SortedDictionary<string, long>();
        foreach (var table in tables)
        {
            // Table names come from the model, not from input.
            var sql = "SELECT count(*) AS \"Value\" FROM \"" + table + "\"";
            counts[table] = await db.Database.SqlQueryRaw<long>(sql).SingleAsync();
        }

        return counts;
    }

    /// <summary>Runs <paramref name="run"/> and asserts that no table gained or lost a row meanwhile.</summary>
    public static async Task AssertNothingSavedAsync(Func<Task<IReadOnlyDictionary<string, long>>> count, Func<Task> run)
    {
        var before = await count();
        await run();
        Xunit.Assert.Equal(before, await count());
    }
}
