using CccdPlatform.Identity.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CccdPlatform.Identity.Infrastructure;

internal sealed class OfficerConfiguration : IEntityTypeConfiguration<Officer>
{
    public void Configure(EntityTypeBuilder<Officer> officer)
    {
        officer.Property(o => o.DisplayName).HasMaxLength(100);
        officer.Property(o => o.Role).HasMaxLength(20);
        officer.Property(o => o.UnitCode).HasMaxLength(5);
        officer.Property(o => o.TeamCode).HasMaxLength(40);
        officer.HasIndex(o => o.UnitCode);
    }
}
