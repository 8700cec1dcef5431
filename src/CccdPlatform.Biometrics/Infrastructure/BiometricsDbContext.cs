using CccdPlatform.Biometrics.Model;
using CccdPlatform.ServiceDefaults.Audit;
using CccdPlatform.ServiceDefaults.Messaging;
using CccdPlatform.ServiceDefaults.Registry;
using Microsoft.EntityFrameworkCore;

namespace CccdPlatform.Biometrics.Infrastructure;

/// <summary>The Biometrics service's database. Each provider has a subclass that owns its migrations.</summary>
public abstract class BiometricsDbContext(DbContextOptions options) : DbContext(options)
{
    public const int MachineIdMaxLength = 64;
    public const int ReasonMaxLength = 1000;

    /// <summary>The caller's subject (up to 200), a colon and their Idempotency-Key (up to 200).</summary>
    public const int IdempotencyKeyMaxLength = 401;

    public DbSet<KnownApplication> Applications => Set<KnownApplication>();
    public DbSet<Capture> Captures => Set<Capture>();
    public DbSet<DuplicateCase> DuplicateCases => Set<DuplicateCase>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<KnownApplication>(application =>
        {
            application.ToTable("Applications");
            application.HasKey(a => a.Id);
            application.Property(a => a.Id).ValueGeneratedNever();
            application.Property(a => a.CitizenRef).HasMaxLength(128);
            application.Property(a => a.RequestKind).HasMaxLength(20);
            application.Property(a => a.Biometrics).HasConversion<string>().HasMaxLength(20);
            application.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
            application.Property(a => a.Version).IsConcurrencyToken();
            application.Property(a => a.CollectingProvinceCode).HasMaxLength(2);
            application.Property(a => a.CollectingDistrictCode).HasMaxLength(3);
            application.Property(a => a.CollectingCommuneCode).HasMaxLength(5);
            application.Property(a => a.HomeProvinceCode).HasMaxLength(2);
            application.HasIndex(a => a.CitizenRef);
        });

        modelBuilder.Entity<Capture>(capture =>
        {
            capture.ToTable("Captures");
            capture.HasKey(c => c.Id);
            capture.Property(c => c.Id).ValueGeneratedNever();
            capture.Property(c => c.MachineId).HasMaxLength(MachineIdMaxLength);
            capture.Property(c => c.OperatorId).HasMaxLength(200);
            capture.Property(c => c.Outcome).HasConversion<string>().HasMaxLength(30);
            capture.Property(c => c.OfficerUnitCode).HasMaxLength(5);
            capture.Property(c => c.IdempotencyKey).HasMaxLength(IdempotencyKeyMaxLength);
            capture.Property(c => c.RequestHash).HasMaxLength(64);
            capture.HasIndex(c => c.IdempotencyKey).IsUnique();
            capture.HasIndex(c => new { c.Outcome, c.CapturedAt });
            capture.Property(c => c.ForcedBy).HasMaxLength(200);
            capture.Property(c => c.ForceReason).HasMaxLength(ReasonMaxLength);
            capture.PrimitiveCollection(c => c.Reasons);
            capture.HasIndex(c => c.ApplicationId);
            capture.HasIndex(c => c.AcceptedAt);
            capture.OwnsMany(c => c.Fingers, finger =>
            {
                finger.ToTable("CaptureFingers");
                finger.WithOwner().HasForeignKey("CaptureId");
                finger.HasKey("CaptureId", nameof(FingerRecord.Position));
                finger.Property(f => f.Position).ValueGeneratedNever();
                finger.Property(f => f.Exception).HasConversion<string>().HasMaxLength(20);
            });
            capture.OwnsMany(c => c.Irises, iris =>
            {
                iris.ToTable("CaptureIrises");
                iris.WithOwner().HasForeignKey("CaptureId");
                iris.HasKey("CaptureId", nameof(IrisRecord.Eye));
                iris.Property(i => i.Eye).HasConversion<string>().HasMaxLength(10);
                iris.Property(i => i.Exception).HasConversion<string>().HasMaxLength(20);
            });
        });

        modelBuilder.Entity<DuplicateCase>(duplicate =>
        {
            duplicate.ToTable("DuplicateCases");
            duplicate.HasKey(d => d.Id);
            duplicate.Property(d => d.Id).ValueGeneratedNever();
            // Two supervisors deciding one case at once: the second save fails instead of overwriting.
            duplicate.Property(d => d.Decision).HasConversion<string>().HasMaxLength(20).IsConcurrencyToken();
            duplicate.Property(d => d.DecisionReason).HasMaxLength(ReasonMaxLength);
            duplicate.Property(d => d.DecidedBy).HasMaxLength(200);
            duplicate.HasIndex(d => new { d.Decision, d.RaisedAt });
            duplicate.HasIndex(d => d.CaptureId);
        });

        modelBuilder.AddOutboxAndInbox();
        modelBuilder.AddAuditEntries();
        modelBuilder.AddRegistryCopy();
    }
}
