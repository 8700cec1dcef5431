using Microsoft.EntityFrameworkCore;

namespace CccdPlatform.ServiceDefaults.Messaging;

public static class MessagingModelBuilderExtensions
{
    /// <summary>Maps the outbox and inbox tables into a service's own database.</summary>
    public static ModelBuilder AddOutboxAndInbox(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<OutboxMessage>(outbox =>
        {
            outbox.ToTable("OutboxMessages");
            outbox.HasKey(m => m.Id);
            outbox.Property(m => m.MessageType).HasMaxLength(500);
            outbox.Property(m => m.TraceParent).HasMaxLength(100);
            outbox.Property(m => m.Error).HasMaxLength(1000);
            outbox.HasIndex(m => new { m.SentAt, m.CreatedAt });
        });
        modelBuilder.Entity<InboxMessage>(inbox =>
        {
            inbox.ToTable("InboxMessages");
            inbox.HasKey(m => new { m.MessageId, m.Consumer });
            inbox.Property(m => m.Consumer).HasMaxLength(200);
            inbox.HasIndex(m => m.ReceivedAt);
        });
        return modelBuilder;
    }
}
