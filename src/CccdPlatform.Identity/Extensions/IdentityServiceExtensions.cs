using CccdPlatform.Domain;
using CccdPlatform.Identity.Infrastructure;
using CccdPlatform.Identity.Infrastructure.Keys;
using CccdPlatform.Identity.Model;
using CccdPlatform.Identity.Registry;
using CccdPlatform.ServiceDefaults.Audit;
using CccdPlatform.ServiceDefaults.Http;
using CccdPlatform.ServiceDefaults.Messaging;
using CccdPlatform.ServiceDefaults.Persistence;
using FluentValidation;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace CccdPlatform.Identity.Extensions;

public static class IdentityServiceExtensions
{
    public const string DatabaseConnectionName = "identitydb";

    public static IHostApplicationBuilder AddIdentityServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<IdentityServiceDbContext, PostgreSqlIdentityServiceDbContext, SqlServerIdentityServiceDbContext>(DatabaseConnectionName);
        // No consumers: the outbox is here for the events the service publishes (the registry's).
        builder.AddMessaging<IdentityServiceDbContext>();
        builder.Services.AddOptions<IdentityServiceOptions>()
            .BindConfiguration(IdentityServiceOptions.Section)
            .Validate(o => o.KeyRotationAge > TimeSpan.Zero && o.KeyCheckInterval > TimeSpan.Zero, "Identity key ages must be positive.")
            .Validate(o => o.AccessTokenLifetime > TimeSpan.Zero && o.RefreshTokenLifetime >= o.AccessTokenLifetime,
                "Identity:AccessTokenLifetime must be positive and no longer than Identity:RefreshTokenLifetime.")
            .ValidateOnStart();

        // The key ring of cookies, antiforgery and the token keys' protection, shared by every instance and every run.
        builder.Services.AddDataProtection()
            .SetApplicationName("CccdPlatform.Identity")
            .PersistKeysToDbContext<IdentityServiceDbContext>();

        builder.Services.AddIdentityCore<Officer>(identity =>
            {
                identity.User.RequireUniqueEmail = false;
                identity.Password.RequiredLength = 12;
                identity.Lockout.MaxFailedAccessAttempts = AccountRules.MaxFailedSignIns;
                identity.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                identity.Lockout.AllowedForNewUsers = true;
                identity.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<IdentityServiceDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders();
        builder.Services.AddAuthentication().AddIdentityCookies(cookies => cookies.ApplicationCookie!.Configure(cookie =>
        {
            cookie.LoginPath = "/account/login";
            cookie.LogoutPath = "/connect/logout";
            cookie.AccessDeniedPath = "/account/login";
            cookie.Cookie.Name = "cccd.identity";
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
        }));
        builder.Services.AddOpenIddictServer(builder.Configuration);

        builder.Services.AddSingleton(_ => UnitMaps.Load());
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<AccountAudit>();
        builder.Services.AddScoped<OfficerAccounts>();
        builder.Services.AddScoped<ClientRegistrations>();
        builder.Services.AddScoped<IntegratorClients>();
        builder.Services.AddScoped<RegistryChanges>();
        builder.Services.AddScoped<TeamMembership>();
        builder.Services.AddSingleton<TokenPrincipals>();
        builder.Services.AddAudit<IdentityServiceDbContext>();
        builder.Services.AddValidatorsFromAssemblyContaining<NewOfficerValidator>(ServiceLifetime.Singleton);
        builder.Services.AddHostedService<IdentityBootstrap>();
        builder.Services.AddHostedService<KeyRotation>();
        builder.Services.AddOfficerPages();
        builder.Services.AddDefaultOpenApi();
        return builder;
    }
}
