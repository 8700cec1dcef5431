using CccdPlatform.Integrations.Model;
using CccdPlatform.ServiceDefaults.Messaging;
using Microsoft.EntityFrameworkCore;

namespace CccdPlatform.Integrations.Infrastructure;

/// <summary>The integrations service's database. Each provider has a subclass that owns its migrations.</summary>
public abstract class IntegrationsDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<Subscription> Subscriptions => Set<Subscription>();
    public DbSet<WebhookDelivery> Deliveries => Set<WebhookDelivery>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(IntegrationsDbContext).Assembly);
        modelBuilder.AddOutboxAndInbox();
    }
}
