using CccdPlatform.Identity.Infrastructure.Keys;
using CccdPlatform.Identity.Model;
using CccdPlatform.ServiceDefaults.Audit;
using CccdPlatform.ServiceDefaults.Messaging;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace CccdPlatform.Identity.Infrastructure;

/// <summary>
/// The identity service's database: officer accounts (ASP.NET Core Identity), OpenIddict's applications,
/// authorizations and tokens, the token keys and the Data Protection key ring that protects them, the outbox and the
/// audit trail. Entity configurations anywhere in this assembly are applied. Each provider has a subclass that owns its
/// migrations.
/// </summary>
public abstract class IdentityServiceDbContext(DbContextOptions options) : IdentityDbContext<Officer>(options), IDataProtectionKeyContext
{
    public DbSet<Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.DataProtectionKey> DataProtectionKeys =>
        Set<Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.DataProtectionKey>();

    public DbSet<TokenKey> TokenKeys => Set<TokenKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.UseOpenIddict();
        builder.ApplyConfigurationsFromAssembly(typeof(IdentityServiceDbContext).Assembly);
        builder.AddOutboxAndInbox();
        builder.AddAuditEntries();
    }
}
