using System.Text.Json;
using CccdPlatform.Reporting.Projections;
using MassTransit;
using Microsoft.Data.SqlClient;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CccdPlatform.Reporting.Infrastructure;

/// <summary>
/// Appends a received event to the store and the projection queue in one statement, inside the consumer's
/// transaction (the inbox's). An event already stored under the same MessageId is not stored again.
/// </summary>
public static class EventLog
{
    public const string PostgreSqlAppend = """
        WITH stored AS (
            INSERT INTO "StoredEvents" ("MessageId", "Type", "Body", "ReceivedAt")
            VALUES (@messageId, @type, @body, @receivedAt)
            ON CONFLICT ("MessageId") DO NOTHING
            RETURNING "Sequence")
        INSERT INTO "PendingEvents" ("Sequence") SELECT "Sequence" FROM stored
        """;

    public const string SqlServerAppend = """
        INSERT INTO [StoredEvents] ([MessageId], [Type], [Body], [ReceivedAt])
        OUTPUT inserted.[Sequence] INTO [PendingEvents] ([Sequence])
        SELECT @messageId, @type, @body, @receivedAt
        WHERE NOT EXISTS (SELECT 1 FROM [StoredEvents] WITH (UPDLOCK, HOLDLOCK) WHERE [MessageId] = @messageId);
        """;

    public static async Task AppendAsync<T>(ReportingDbContext db, ConsumeContext<T> context, TimeProvider clock)
        where T : class
    {
        var messageId = context.MessageId
            ?? throw new InvalidOperationException($"{typeof(T).Name} arrived without a MessageId.");
        var values = new Dictionary<string, object>
        {
            ["messageId"] = messageId,
            ["type"] = ProjectedEvents.NameOf<T>(),
            ["body"] = JsonSerializer.Serialize(context.Message, ProjectedEvents.Json),
            ["receivedAt"] = clock.GetUtcNow(),
        };
        if (db.Database.IsSqlServer())
        {
            await db.Database.ExecuteSqlRawAsync(
                SqlServerAppend, values.Select(v => new SqlParameter(v.Key, v.Value)), context.CancellationToken);
        }
        else
        {
            await db.Database.ExecuteSqlRawAsync(
                PostgreSqlAppend, values.Select(v => new NpgsqlParameter(v.Key, v.Value)), context.CancellationToken);
        }
    }
}
