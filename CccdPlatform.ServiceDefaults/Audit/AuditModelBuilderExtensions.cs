using Microsoft.EntityFrameworkCore;

namespace CccdPlatform.ServiceDefaults.Audit;

public static class AuditModelBuilderExtensions
{
    public const string TableName = "AuditEntries";

    /// <summary>Maps the audit table into a service's own database; its migration must also call
    /// <see cref="AuditMigrationExtensions.MakeAuditEntriesAppendOnly"/>.</summary>
    public static ModelBuilder AddAuditEntries(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<AuditEntry>(entry =>
        {
            entry.ToTable(TableName);
            entry.HasKey(e => e.Id);
            entry.Property(e => e.Id).ValueGeneratedNever();
            entry.Property(e => e.Subject).HasMaxLength(AuditTrail.MaxSubjectLength);
            entry.Property(e => e.Role).HasMaxLength(100);
            entry.Property(e => e.UnitCode).HasMaxLength(20);
            entry.Property(e => e.MachineId).HasMaxLength(AuditTrail.MaxMachineIdLength);
            entry.Property(e => e.Action).HasMaxLength(64);
            entry.Property(e => e.CitizenRef).HasMaxLength(128);
            entry.Property(e => e.ResourceId).HasMaxLength(64);
            entry.Property(e => e.CorrelationId).HasMaxLength(64);
            // The questions an investigator asks: who touched this citizen, what did this officer do, what happened then.
            entry.HasIndex(e => new { e.CitizenRef, e.At });
            entry.HasIndex(e => new { e.Subject, e.At });
            entry.HasIndex(e => e.At);
        });
        return modelBuilder;
    }
}
