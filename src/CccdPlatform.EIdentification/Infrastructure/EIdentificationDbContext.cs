using CccdPlatform.ServiceDefaults.Messaging;
using Microsoft.EntityFrameworkCore;

namespace CccdPlatform.EIdentification.Infrastructure;

/// <summary>The EIdentification service's database. Each provider has a subclass that owns its migrations.</summary>
public abstract class EIdentificationDbContext(DbContextOptions options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.AddOutboxAndInbox();
}
