using CccdPlatform.Intake.Model;
using CccdPlatform.ServiceDefaults.Messaging;
using Microsoft.EntityFrameworkCore;

namespace CccdPlatform.Intake.Infrastructure;

/// <summary>Intake's database. Each provider has a subclass that owns its migrations.</summary>
public abstract class IntakeDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<CitizenApplication> Applications => Set<CitizenApplication>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<CitizenApplication>(application =>
        {
            application.ToTable("Applications");
            application.HasKey(a => a.Id);
            application.Property(a => a.PersonalId).HasMaxLength(PersonalIdNumber.Length).IsFixedLength();
            application.Property(a => a.FullName).HasMaxLength(200);
            application.Property(a => a.Sex).HasConversion<string>().HasMaxLength(10);
            application.Property(a => a.Channel).HasConversion<string>().HasMaxLength(20);
            application.Property(a => a.Status).HasConversion<string>().HasMaxLength(40);
            application.Property(a => a.CollectingUnitCode).HasMaxLength(5);
            application.Property(a => a.CollectedBy).HasMaxLength(200);
            application.ComplexProperty(a => a.PermanentAddress, address =>
            {
                address.Property(x => x.ProvinceCode).HasMaxLength(2);
                address.Property(x => x.DistrictCode).HasMaxLength(3);
                address.Property(x => x.CommuneCode).HasMaxLength(5);
                address.Property(x => x.Line).HasMaxLength(200);
            });
            application.HasIndex(a => a.PersonalId);
            application.HasIndex(a => new { a.CollectingUnitCode, a.ReceivedAt });
        });
        modelBuilder.AddOutboxAndInbox();
    }
}
