using CccdPlatform.Reporting.Model;
using CccdPlatform.ServiceDefaults.Messaging;
using Microsoft.EntityFrameworkCore;

namespace CccdPlatform.Reporting.Infrastructure;

/// <summary>Reporting's read models. Each provider has a subclass that owns its migrations.</summary>
public abstract class ReportingDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<UnitProgress> UnitProgress => Set<UnitProgress>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<UnitProgress>(progress =>
        {
            progress.ToTable("UnitProgress");
            progress.HasKey(p => p.UnitCode);
            progress.Property(p => p.UnitCode).HasMaxLength(5);
        });
        modelBuilder.AddOutboxAndInbox();
    }
}
