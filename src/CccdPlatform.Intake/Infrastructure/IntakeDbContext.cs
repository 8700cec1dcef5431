using CccdPlatform.Intake.Model;
using CccdPlatform.ServiceDefaults.Audit;
using CccdPlatform.ServiceDefaults.Messaging;
using CccdPlatform.ServiceDefaults.Registry;
using Microsoft.EntityFrameworkCore;

namespace CccdPlatform.Intake.Infrastructure;

/// <summary>Intake's database. Each provider has a subclass that owns its migrations.</summary>
public abstract class IntakeDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<CitizenApplication> Applications => Set<CitizenApplication>();
    public DbSet<OpenApplication> OpenApplications => Set<OpenApplication>();
    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();
    public DbSet<BatchItem> BatchItems => Set<BatchItem>();
    public DbSet<EligibleCitizen> EligibleCitizens => Set<EligibleCitizen>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(IntakeDbContext).Assembly);
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.AddAuditEntries();
        modelBuilder.AddRegistryCopy();
    }
}
