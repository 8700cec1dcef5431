using Npgsql;

namespace CccdPlatform.Identity.Tests;

public static class AuditActions
{
    /// <summary>Every audited action with its outcome, oldest first, e.g. <c>identity.locked-out 423</c>.</summary>
    public static async Task<List<string>> WithOutcomesAsync(string database)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""SELECT "Action", "Outcome" FROM "AuditEntries" ORDER BY "At" """, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var actions = new List<string>();
        while (await reader.ReadAsync())
        {
            actions.Add($"{reader.GetString(0)} {reader.GetInt32(1)}");
        }

        return actions;
    }

    public static async Task<List<string>> OfAsync(string database) =>
        (await WithOutcomesAsync(database)).Select(a => a.Split(' ')[0]).ToList();
}
