using CccdPlatform.Integrations.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CccdPlatform.Integrations.Infrastructure;

internal sealed class SubscriptionConfiguration : IEntityTypeConfiguration<Subscription>
{
    public void Configure(EntityTypeBuilder<Subscription> subscription)
    {
        subscription.ToTable("Subscriptions");
        subscription.HasKey(s => s.Id);
        subscription.Property(s => s.Id).ValueGeneratedNever();
        subscription.Property(s => s.Owner).HasMaxLength(200);
        subscription.PrimitiveCollection(s => s.EventTypes);
        subscription.Property(s => s.Delivery).HasConversion<string>().HasMaxLength(20);
        subscription.Property(s => s.WebhookUrl).HasMaxLength(2000);
        subscription.Property(s => s.EncryptedSecret).HasMaxLength(200);
        subscription.Property(s => s.QueueName).HasMaxLength(100);
        subscription.Property(s => s.BrokerUser).HasMaxLength(100);
        subscription.HasIndex(s => new { s.Owner, s.CreatedAt });
        subscription.HasMany<WebhookDelivery>().WithOne().HasForeignKey(d => d.SubscriptionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class WebhookDeliveryConfiguration : IEntityTypeConfiguration<WebhookDelivery>
{
    public void Configure(EntityTypeBuilder<WebhookDelivery> delivery)
    {
        delivery.ToTable("WebhookDeliveries");
        delivery.HasKey(d => d.Id);
        delivery.Property(d => d.Id).ValueGeneratedNever();
        delivery.Property(d => d.EventType).HasMaxLength(200);
        delivery.Property(d => d.State).HasConversion<string>().HasMaxLength(20);
        delivery.Property(d => d.LastError).HasMaxLength(200);
        // One delivery per event and subscription, whatever the broker redelivers.
        delivery.HasIndex(d => new { d.SubscriptionId, d.EventId }).IsUnique();
        delivery.HasIndex(d => new { d.State, d.NextAttemptAt });
        delivery.HasIndex(d => new { d.SubscriptionId, d.State, d.CreatedAt });
    }
}
