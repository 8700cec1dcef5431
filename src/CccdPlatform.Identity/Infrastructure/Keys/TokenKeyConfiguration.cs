using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CccdPlatform.Identity.Infrastructure.Keys;

internal sealed class TokenKeyConfiguration : IEntityTypeConfiguration<TokenKey>
{
    public void Configure(EntityTypeBuilder<TokenKey> key)
    {
        key.ToTable("TokenKeys");
        key.HasKey(k => k.Id);
        key.Property(k => k.Use).HasConversion<string>().HasMaxLength(20);
        key.Property(k => k.KeyId).HasMaxLength(64);
        key.HasIndex(k => k.KeyId).IsUnique();
        key.HasIndex(k => new { k.Use, k.CreatedAt });
    }
}
