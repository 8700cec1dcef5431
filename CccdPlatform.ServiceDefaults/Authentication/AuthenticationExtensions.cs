using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;

namespace CccdPlatform.ServiceDefaults.Authentication;

public static class AuthenticationExtensions
{
    /// <summary>
    /// JWT bearer authentication checked for issuer, audience, lifetime and signature, and a fallback policy that
    /// requires an authenticated caller on every endpoint that does not say otherwise.
    /// </summary>
    public static IServiceCollection AddDefaultAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(TokenOptions.Section).Get<TokenOptions>() ?? new TokenOptions();
        services.Configure<TokenOptions>(configuration.GetSection(TokenOptions.Section));

        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(jwt =>
        {
            jwt.MapInboundClaims = false;
            jwt.Authority = options.Authority;
            jwt.Audience = options.Audience;
            jwt.RequireHttpsMetadata = options.Authority?.StartsWith("https://", StringComparison.Ordinal) ?? false;
            jwt.TokenValidationParameters = new TokenValidationParameters
            {
                ValidateIssuer = true,
                ValidIssuer = options.Authority ?? options.Issuer,
                ValidateAudience = true,
                ValidAudience = options.Audience,
                ValidateLifetime = true,
                ClockSkew = TimeSpan.FromSeconds(30),
                RoleClaimType = PlatformClaims.Role,
                NameClaimType = PlatformClaims.Subject,
            };
            if (options.Authority is null)
            {
                jwt.TokenValidationParameters.IssuerSigningKey = SigningKeyOf(options);
            }
        });

        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        return services;
    }

    internal static SymmetricSecurityKey SigningKeyOf(TokenOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.SigningKey))
        {
            throw new InvalidOperationException(
                "Authentication:SigningKey (base64, 32 bytes or more) or Authentication:Authority must be configured.");
        }

        var key = Convert.FromBase64String(options.SigningKey);
        if (key.Length < 32)
        {
            throw new InvalidOperationException("Authentication:SigningKey must hold at least 32 bytes.");
        }

        return new SymmetricSecurityKey(key);
    }
}
