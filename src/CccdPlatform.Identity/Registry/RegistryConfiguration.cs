using CccdPlatform.ServiceDefaults.Registry;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CccdPlatform.Identity.Registry;

internal sealed class RegistryConfiguration :
    IEntityTypeConfiguration<Station>, IEntityTypeConfiguration<Team>, IEntityTypeConfiguration<Machine>
{
    public void Configure(EntityTypeBuilder<Station> station)
    {
        station.ToTable("Stations");
        station.HasKey(s => s.Code);
        Common(station);
    }

    public void Configure(EntityTypeBuilder<Team> team)
    {
        team.ToTable("Teams");
        team.HasKey(t => t.Code);
        team.PrimitiveCollection(t => t.MemberSubjects);
        Common(team);
    }

    public void Configure(EntityTypeBuilder<Machine> machine)
    {
        machine.ToTable("Machines");
        machine.HasKey(m => m.Code);
        machine.Property(m => m.TeamCode).HasMaxLength(RegistryModelBuilderExtensions.MaxCodeLength);
        machine.Property(m => m.StationCode).HasMaxLength(RegistryModelBuilderExtensions.MaxCodeLength);
        Common(machine);
    }

    private static void Common<T>(EntityTypeBuilder<T> item) where T : class
    {
        item.Property<string>(nameof(IRegistryItem.Code)).HasMaxLength(RegistryModelBuilderExtensions.MaxCodeLength);
        item.Property<string>(nameof(IRegistryItem.UnitCode)).HasMaxLength(5);
        item.Property<string>("Name").HasMaxLength(RegistryModelBuilderExtensions.MaxNameLength);
        // Two changes of one item at once: the second to save fails instead of publishing a revision twice.
        item.Property<long>(nameof(IRegistryItem.Revision)).IsConcurrencyToken();
        item.HasIndex(nameof(IRegistryItem.UnitCode));
    }
}
