using CccdPlatform.ServiceDefaults.Messaging;
using Microsoft.EntityFrameworkCore;

namespace CccdPlatform.Biometrics.Infrastructure;

/// <summary>The Biometrics service's database. Each provider has a subclass that owns its migrations.</summary>
public abstract class BiometricsDbContext(DbContextOptions options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.AddOutboxAndInbox();
}
