using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace CccdPlatform.ServiceDefaults.Messaging;

/// <summary>
/// Runs each consumer in one database transaction together with the record that it handled the message, and skips
/// a message that its endpoint has already handled. A concurrent duplicate fails on the inbox key and is retried,
/// and then skipped. The inbox row joins the consumer's own SaveChanges (one batch, no savepoints: a failure anywhere
/// rolls the whole message back and it is retried), so a message costs the check, the consumer's statements and the
/// commit.
/// </summary>
public sealed class InboxFilter<TMessage>(DbContext db, TimeProvider clock) : IFilter<ConsumeContext<TMessage>>
    where TMessage : class
{
    public async Task Send(ConsumeContext<TMessage> context, IPipe<ConsumeContext<TMessage>> next)
    {
        var messageId = context.MessageId
            ?? throw new InvalidOperationException($"{typeof(TMessage).Name} arrived without a MessageId.");
        var consumer = context.ReceiveContext.InputAddress.AbsolutePath.Split('/')[^1];

        db.ChangeTracker.Clear();
        db.Database.AutoSavepointsEnabled = false;
        await using var transaction = await db.Database.BeginTransactionAsync(context.CancellationToken);
        var seen = await db.Set<InboxMessage>()
            .AnyAsync(m => m.MessageId == messageId && m.Consumer == consumer, context.CancellationToken);
        if (seen)
        {
            return;
        }

        db.Set<InboxMessage>().Add(new InboxMessage
        {
            MessageId = messageId,
            Consumer = consumer,
            ReceivedAt = clock.GetUtcNow(),
        });
        await next.Send(context);

        if (db.ChangeTracker.HasChanges())
        {
            await db.SaveChangesAsync(context.CancellationToken);
        }

        await transaction.CommitAsync(context.CancellationToken);
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("inbox");
}
