using CccdPlatform.Contracts;
using CccdPlatform.Domain;
using CccdPlatform.Intake.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CccdPlatform.Intake.Infrastructure;

internal sealed class CitizenApplicationConfiguration : IEntityTypeConfiguration<CitizenApplication>
{
    public void Configure(EntityTypeBuilder<CitizenApplication> application)
    {
        application.ToTable("Applications");
        application.HasKey(a => a.Id);
        application.Property(a => a.PersonalId).HasMaxLength(PersonalIdNumber.Length).IsFixedLength();
        application.Property(a => a.CitizenRef).HasMaxLength(64);
        application.Property(a => a.FullName).HasMaxLength(200);
        application.Property(a => a.Sex).HasConversion<string>().HasMaxLength(10);
        application.Property(a => a.RequestKind).HasConversion<string>().HasMaxLength(20);
        application.Property(a => a.Map).HasConversion<string>().HasMaxLength(20);
        application.Property(a => a.Channel).HasConversion<string>().HasMaxLength(20);
        application.Property(a => a.VisitType).HasConversion<string>().HasMaxLength(20);
        application.Property(a => a.Status).HasConversion<string>().HasMaxLength(40).IsConcurrencyToken();
        application.Property(a => a.PhoneNumber).HasMaxLength(10);
        application.Property(a => a.CollectingUnitCode).HasMaxLength(5);
        application.Property(a => a.TeamCode).HasMaxLength(32);
        application.Property(a => a.MachineId).HasMaxLength(32);
        application.Property(a => a.CollectedBy).HasMaxLength(200);
        application.Property(a => a.CollectingProvinceCode).HasMaxLength(2);
        application.Property(a => a.CollectingDistrictCode).HasMaxLength(3);
        application.Property(a => a.CollectingCommuneCode).HasMaxLength(5);
        application.Ignore(a => a.CollectingUnit);
        application.Ignore(a => a.EIdRequest);
        application.Ignore(a => a.CollectionDay);
        application.Ignore(a => a.Rules);
        application.Ignore(a => a.Biometrics);
        application.Ignore(a => a.CardExpiresOn);
        application.ComplexProperty(a => a.LegalRepresentative, representative =>
        {
            representative.Property(r => r.FullName).HasMaxLength(200);
            representative.Property(r => r.PersonalId).HasMaxLength(PersonalIdNumber.Length).IsFixedLength();
            representative.Property(r => r.Relationship).HasConversion<string>().HasMaxLength(20);
        });
        application.ComplexProperty(a => a.PermanentAddress, Map);
        application.ComplexProperty(a => a.CurrentAddress, Map);
        application.ComplexProperty(a => a.PlaceOfOrigin, origin =>
        {
            origin.Property(o => o.ProvinceCode).HasMaxLength(2);
            origin.Property(o => o.DistrictCode).HasMaxLength(3);
            origin.Property(o => o.CommuneCode).HasMaxLength(5);
        });
        application.HasMany(a => a.History).WithOne().HasForeignKey(h => h.ApplicationId);
        application.Navigation(a => a.History).AutoInclude(false);

        application.HasIndex(a => a.PersonalId);
        application.HasIndex(a => a.ReceivedAt);
        application.HasIndex(a => new { a.CollectingProvinceCode, a.ReceivedAt });
        application.HasIndex(a => new { a.CollectingDistrictCode, a.ReceivedAt });
        application.HasIndex(a => new { a.CollectingCommuneCode, a.ReceivedAt });
    }

    private static void Map(ComplexPropertyBuilder<Address> address)
    {
        address.Property(x => x.ProvinceCode).HasMaxLength(2);
        address.Property(x => x.DistrictCode).HasMaxLength(3);
        address.Property(x => x.CommuneCode).HasMaxLength(5);
        address.Property(x => x.Line).HasMaxLength(200);
    }
}
