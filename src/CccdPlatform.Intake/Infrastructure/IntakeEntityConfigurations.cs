using CccdPlatform.Contracts;
using CccdPlatform.Domain;
using CccdPlatform.Intake.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CccdPlatform.Intake.Infrastructure;

internal sealed class StatusChangeConfiguration : IEntityTypeConfiguration<StatusChange>
{
    public void Configure(EntityTypeBuilder<StatusChange> change)
    {
        change.ToTable("StatusChanges");
        change.HasKey(c => c.Id);
        change.Property(c => c.From).HasConversion<string>().HasMaxLength(40);
        change.Property(c => c.To).HasConversion<string>().HasMaxLength(40);
        change.Property(c => c.ChangedBy).HasMaxLength(200);
        change.Property(c => c.Reason).HasMaxLength(500);
        change.HasIndex(c => c.ApplicationId);
    }
}

internal sealed class OpenApplicationConfiguration : IEntityTypeConfiguration<OpenApplication>
{
    public void Configure(EntityTypeBuilder<OpenApplication> open)
    {
        open.ToTable("OpenApplications");
        open.HasKey(o => o.PersonalId);
        open.Property(o => o.PersonalId).HasMaxLength(PersonalIdNumber.Length).IsFixedLength();
    }
}

internal sealed class IdempotencyRecordConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public void Configure(EntityTypeBuilder<IdempotencyRecord> record)
    {
        record.ToTable("IdempotencyRecords");
        record.HasKey(r => r.Key);
        record.Property(r => r.Key).HasMaxLength(400);
        record.Property(r => r.RequestHash).HasMaxLength(64);
        record.HasIndex(r => r.CreatedAt);
    }
}

internal sealed class BatchItemConfiguration : IEntityTypeConfiguration<BatchItem>
{
    public void Configure(EntityTypeBuilder<BatchItem> item)
    {
        item.ToTable("BatchItems");
        item.HasKey(i => new { i.MachineId, i.ClientItemId });
        item.Property(i => i.MachineId).HasMaxLength(32);
        item.Property(i => i.ClientItemId).HasMaxLength(64);
        item.Property(i => i.BatchId).HasMaxLength(64);
    }
}

internal sealed class EligibleCitizenConfiguration : IEntityTypeConfiguration<EligibleCitizen>
{
    public void Configure(EntityTypeBuilder<EligibleCitizen> citizen)
    {
        citizen.ToTable("EligibleCitizens");
        citizen.HasKey(c => c.PersonalId);
        citizen.Property(c => c.PersonalId).HasMaxLength(PersonalIdNumber.Length).IsFixedLength();
        citizen.Property(c => c.CommuneCode).HasMaxLength(5);
        citizen.Property(c => c.Map).HasConversion<string>().HasMaxLength(20);
        citizen.Property(c => c.FullName).HasMaxLength(200);
        citizen.Property(c => c.Sex).HasConversion<string>().HasMaxLength(10);
        citizen.Property(c => c.AddressLine).HasMaxLength(200);
        citizen.Property(c => c.Reason).HasConversion<string>().HasMaxLength(20);
        citizen.Property(c => c.ReasonNote).HasMaxLength(500);
        citizen.Property(c => c.ReasonRecordedBy).HasMaxLength(200);
        citizen.HasIndex(c => new { c.CommuneCode, c.PersonalId });
    }
}
