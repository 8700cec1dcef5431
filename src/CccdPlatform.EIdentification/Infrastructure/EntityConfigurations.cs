using CccdPlatform.EIdentification.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CccdPlatform.EIdentification.Infrastructure;

internal sealed class CitizenConfiguration : IEntityTypeConfiguration<Citizen>
{
    public void Configure(EntityTypeBuilder<Citizen> citizen)
    {
        citizen.ToTable("Citizens");
        citizen.HasKey(c => c.PersonalId);
        citizen.Property(c => c.PersonalId).HasMaxLength(12).IsFixedLength();
        citizen.Property(c => c.CitizenRef).HasMaxLength(64);
        citizen.Property(c => c.FullName).HasMaxLength(200);
        citizen.Property(c => c.Sex).HasConversion<string>().HasMaxLength(10);
        citizen.Property(c => c.UnitProvinceCode).HasMaxLength(2);
        citizen.Property(c => c.UnitDistrictCode).HasMaxLength(3);
        citizen.Property(c => c.UnitCommuneCode).HasMaxLength(5);
        citizen.Property(c => c.Version).IsConcurrencyToken();
        citizen.Ignore(c => c.FileUnit);
        citizen.HasIndex(c => c.CitizenRef).IsUnique();
    }
}

internal sealed class ApplicationRecordConfiguration : IEntityTypeConfiguration<ApplicationRecord>
{
    public void Configure(EntityTypeBuilder<ApplicationRecord> application)
    {
        application.ToTable("Applications");
        application.HasKey(a => a.ApplicationId);
        application.Property(a => a.ApplicationId).ValueGeneratedNever();
        application.Property(a => a.PersonalId).HasMaxLength(12).IsFixedLength();
        application.Property(a => a.Version).IsConcurrencyToken();
        application.HasIndex(a => a.PersonalId);
    }
}

internal sealed class AccountConfiguration : IEntityTypeConfiguration<Account>
{
    public void Configure(EntityTypeBuilder<Account> account)
    {
        account.ToTable("Accounts");
        account.HasKey(a => a.Id);
        account.Property(a => a.Id).ValueGeneratedNever();
        account.Property(a => a.PersonalId).HasMaxLength(12).IsFixedLength();
        account.Property(a => a.CitizenRef).HasMaxLength(64);
        account.Property(a => a.State).HasConversion<string>().HasMaxLength(20);
        account.Property(a => a.StateBeforeLock).HasConversion<string>().HasMaxLength(20);
        account.Property(a => a.LockReason).HasConversion<string>().HasMaxLength(20);
        account.Property(a => a.LockNote).HasMaxLength(500);
        account.Property(a => a.LockedBy).HasMaxLength(200);
        account.Property(a => a.PhoneNumber).HasMaxLength(10);
        account.Property(a => a.Email).HasMaxLength(200);
        account.Property(a => a.UnitProvinceCode).HasMaxLength(2);
        account.Property(a => a.UnitDistrictCode).HasMaxLength(3);
        account.Property(a => a.UnitCommuneCode).HasMaxLength(5);
        account.Property(a => a.CodeSalt).HasMaxLength(16);
        account.Property(a => a.CodeHash).HasMaxLength(32);
        // Concurrent attempts must not each count from the same number of wrong codes, nor use a code just replaced.
        account.Property(a => a.Version).IsConcurrencyToken();
        account.Property(a => a.FailedAttempts).IsConcurrencyToken();
        account.Property(a => a.CodeIssuedAt).IsConcurrencyToken();
        account.Ignore(a => a.Unit);
        account.Ignore(a => a.UnitCode);
        account.Ignore(a => a.CanLock);
        account.HasMany(a => a.Requests).WithOne(r => r.Account).HasForeignKey(r => r.AccountId);

        // One account per citizen, whoever asks and however fast.
        account.HasIndex(a => a.PersonalId).IsUnique();
        account.HasIndex(a => new { a.UnitProvinceCode, a.Level, a.State });
        account.HasIndex(a => new { a.UnitDistrictCode, a.Level, a.State });
        account.HasIndex(a => new { a.UnitCommuneCode, a.Level, a.State });
    }
}

internal sealed class AccountRequestConfiguration : IEntityTypeConfiguration<AccountRequest>
{
    public void Configure(EntityTypeBuilder<AccountRequest> request)
    {
        request.ToTable("AccountRequests");
        request.HasKey(r => r.Id);
        request.Property(r => r.Id).ValueGeneratedNever();
        request.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
        request.Property(r => r.Source).HasConversion<string>().HasMaxLength(20);
        request.Property(r => r.WaitingFor).HasConversion<string>().HasMaxLength(40);
        request.Property(r => r.RequestedBy).HasMaxLength(200);
        request.Property(r => r.RepresentativeName).HasMaxLength(100);
        request.Property(r => r.RepresentativePersonalId).HasMaxLength(12).IsFixedLength();
        request.Property(r => r.RepresentativeRelationship).HasMaxLength(20);
        request.Property(r => r.PortraitRef).HasMaxLength(200);
        request.Property(r => r.UnitProvinceCode).HasMaxLength(2);
        request.Property(r => r.UnitDistrictCode).HasMaxLength(3);
        request.Property(r => r.UnitCommuneCode).HasMaxLength(5);

        // The deadline monitor and a late fulfilment may both want to record the breach: only one may.
        request.Property(r => r.FulfilledAt).IsConcurrencyToken();
        request.Property(r => r.BreachedAt).IsConcurrencyToken();
        request.Ignore(r => r.Unit);
        request.Ignore(r => r.WithinDeadline);
        request.Ignore(r => r.Representative);

        request.HasIndex(r => new { r.FulfilledAt, r.DueAt });
        request.HasIndex(r => new { r.UnitProvinceCode, r.DueAt });
        request.HasIndex(r => new { r.UnitDistrictCode, r.DueAt });
        request.HasIndex(r => new { r.UnitCommuneCode, r.DueAt });
    }
}
