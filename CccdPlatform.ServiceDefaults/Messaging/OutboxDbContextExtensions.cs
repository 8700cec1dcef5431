using System.Diagnostics;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace CccdPlatform.ServiceDefaults.Messaging;

public static class OutboxDbContextExtensions
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// Adds an event to the outbox; it is saved by the next SaveChanges together with the business data and
    /// published once that transaction commits.
    /// </summary>
    public static OutboxMessage AddOutboxMessage<TMessage>(this DbContext db, TMessage message, TimeProvider clock)
        where TMessage : class
    {
        var row = new OutboxMessage
        {
            Id = Guid.CreateVersion7(),
            MessageType = typeof(TMessage).AssemblyQualifiedName!,
            Body = JsonSerializer.Serialize(message, Json),
            TraceParent = Activity.Current?.Id,
            CreatedAt = clock.GetUtcNow(),
        };
        db.Set<OutboxMessage>().Add(row);
        return row;
    }
}
