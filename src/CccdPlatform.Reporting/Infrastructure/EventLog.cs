using System.Text.Json;
using CccdPlatform.Reporting.Projections;
using MassTransit;
using Microsoft.Data.SqlClient;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace CccdPlatform.Reporting.Infrastructure;

/// <summary>
/// Appends a batch of received events to the store and the projection queue. An event already stored under the same
/// MessageId (a redelivery) is not stored again, so the store is its own inbox: on PostgreSQL the whole batch is one
/// statement, one round trip and one commit.
/// </summary>
public static class EventLog
{
    public const string PostgreSqlAppend = """
        WITH stored AS (
            INSERT INTO "StoredEvents" ("MessageId", "Type", "Body", "ReceivedAt")
            SELECT e."MessageId", @type, e."Body", @receivedAt
            FROM unnest(@messageIds, @bodies) WITH ORDINALITY AS e("MessageId", "Body", "Position")
            ORDER BY e."Position"
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

    public static async Task AppendAsync<T>(ReportingDbContext db, ConsumeContext<Batch<T>> batch, TimeProvider clock)
        where T : class
    {
        var messageIds = new Guid[batch.Message.Length];
        var bodies = new string[batch.Message.Length];
        for (var i = 0; i < batch.Message.Length; i++)
        {
            var context = batch.Message[i];
            messageIds[i] = context.MessageId
                ?? throw new InvalidOperationException($"{typeof(T).Name} arrived without a MessageId.");
            bodies[i] = JsonSerializer.Serialize(context.Message, ProjectedEvents.Json);
        }

        var type = ProjectedEvents.NameOf<T>();
        var receivedAt = clock.GetUtcNow();
        if (db.Database.IsSqlServer())
        {
            await using var transaction = await db.Database.BeginTransactionAsync(batch.CancellationToken);
            for (var i = 0; i < messageIds.Length; i++)
            {
                await db.Database.ExecuteSqlRawAsync(
                    SqlServerAppend,
                    [
                        new SqlParameter("messageId", messageIds[i]), new SqlParameter("type", type),
                        new SqlParameter("body", bodies[i]), new SqlParameter("receivedAt", receivedAt),
                    ],
                    batch.CancellationToken);
            }

            await transaction.CommitAsync(batch.CancellationToken);
            return;
        }

        await db.Database.ExecuteSqlRawAsync(
            PostgreSqlAppend,
            [
                new NpgsqlParameter("messageIds", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { Value = messageIds },
                new NpgsqlParameter("bodies", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = bodies },
                new NpgsqlParameter("type", type), new NpgsqlParameter("receivedAt", receivedAt),
            ],
            batch.CancellationToken);
    }
}
