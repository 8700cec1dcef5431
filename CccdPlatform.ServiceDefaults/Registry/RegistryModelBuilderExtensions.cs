using Microsoft.EntityFrameworkCore;

namespace CccdPlatform.ServiceDefaults.Registry;

public static class RegistryModelBuilderExtensions
{
    public const int MaxCodeLength = 64;
    public const int MaxNameLength = 200;

    /// <summary>Maps the service's copy of the registry into its own database.</summary>
    public static ModelBuilder AddRegistryCopy(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<RegistryEntry>(entry =>
        {
            entry.ToTable("RegistryEntries");
            entry.HasKey(e => new { e.Kind, e.Code });
            entry.Property(e => e.Kind).HasConversion<string>().HasMaxLength(10);
            entry.Property(e => e.Code).HasMaxLength(MaxCodeLength);
            entry.Property(e => e.ProvinceCode).HasMaxLength(2);
            entry.Property(e => e.DistrictCode).HasMaxLength(3);
            entry.Property(e => e.CommuneCode).HasMaxLength(5);
            entry.Property(e => e.Name).HasMaxLength(MaxNameLength);
            entry.Property(e => e.TeamCode).HasMaxLength(MaxCodeLength);
            entry.Property(e => e.StationCode).HasMaxLength(MaxCodeLength);
            entry.PrimitiveCollection(e => e.Members);
            // Two changes of one entry handled at once: the one that saves second fails, is retried, and then sees
            // the other's revision.
            entry.Property(e => e.Revision).IsConcurrencyToken();
            entry.Ignore(e => e.Unit);
            entry.Ignore(e => e.UnitCode);
            entry.HasIndex(e => new { e.Kind, e.ProvinceCode });
        });
        return modelBuilder;
    }
}
