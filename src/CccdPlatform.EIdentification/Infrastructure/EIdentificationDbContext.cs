using CccdPlatform.EIdentification.Model;
using CccdPlatform.ServiceDefaults.Audit;
using CccdPlatform.ServiceDefaults.Messaging;
using Microsoft.EntityFrameworkCore;

namespace CccdPlatform.EIdentification.Infrastructure;

/// <summary>The e-identification service's database. Each provider has a subclass that owns its migrations.</summary>
public abstract class EIdentificationDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<Citizen> Citizens => Set<Citizen>();
    public DbSet<ApplicationRecord> Applications => Set<ApplicationRecord>();
    public DbSet<Account> Accounts => Set<Account>();
    public DbSet<AccountRequest> AccountRequests => Set<AccountRequest>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(EIdentificationDbContext).Assembly);
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.AddAuditEntries();
    }
}
