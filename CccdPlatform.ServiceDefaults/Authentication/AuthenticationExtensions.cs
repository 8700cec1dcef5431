using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CccdPlatform.ServiceDefaults.Authentication;

public static class AuthenticationExtensions
{
    /// <summary>Tokens of the identity service, checked against the keys of its discovery document.</summary>
    public const string IdentityScheme = "IdentityBearer";

    /// <summary>Tokens of <c>/dev/token</c>, signed with the shared development key.</summary>
    public const string DevelopmentScheme = "DevelopmentBearer";

    /// <summary>The HTTP client that reads the identity service's discovery document and keys.</summary>
    public const string MetadataClient = "identity-metadata";

    /// <summary>
    /// JWT bearer authentication checked for issuer, audience, lifetime and signature, and a fallback policy that
    /// requires an authenticated caller on every endpoint that does not say otherwise. With an authority, the default
    /// scheme picks by the token's issuer: the identity service's tokens, and in Development also the development
    /// key's, so a development token never waits on the identity service's keys.
    /// </summary>
    public static IServiceCollection AddDefaultAuthentication(this IServiceCollection services, IConfiguration configuration, bool isDevelopment = true)
    {
        var options = configuration.GetSection(TokenOptions.Section).Get<TokenOptions>() ?? new TokenOptions();
        services.Configure<TokenOptions>(configuration.GetSection(TokenOptions.Section));
        var authentication = services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme);

        if (string.IsNullOrWhiteSpace(options.Authority))
        {
            authentication.AddJwtBearer(jwt => ConfigureDevelopment(jwt, options));
        }
        else
        {
            var acceptsDevelopmentTokens = isDevelopment && !string.IsNullOrWhiteSpace(options.SigningKey);
            authentication.AddPolicyScheme(JwtBearerDefaults.AuthenticationScheme, "Platform token", policy =>
                policy.ForwardDefaultSelector = context =>
                    acceptsDevelopmentTokens && IssuerOf(context) == options.Issuer ? DevelopmentScheme : IdentityScheme);
            authentication.AddJwtBearer(IdentityScheme, jwt => ConfigureIdentity(jwt, options));
            if (acceptsDevelopmentTokens)
            {
                authentication.AddJwtBearer(DevelopmentScheme, jwt => ConfigureDevelopment(jwt, options));
            }

            // Through the client factory, so that service discovery resolves an address such as http://identity.
            services.AddHttpClient(MetadataClient);
            services.AddOptions<JwtBearerOptions>(IdentityScheme)
                .Configure<IHttpClientFactory>((jwt, factory) => jwt.Backchannel = factory.CreateClient(MetadataClient));
        }

        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        return services;
    }

    private static void ConfigureIdentity(JwtBearerOptions jwt, TokenOptions options)
    {
        jwt.MapInboundClaims = false;
        jwt.Authority = options.Authority;
        jwt.MetadataAddress = options.MetadataAddress ?? "";
        jwt.Audience = options.Audience;
        // A rotation is picked up on the first token of the new key, not up to five minutes later.
        jwt.RefreshInterval = TimeSpan.FromSeconds(30);
        jwt.RequireHttpsMetadata = (options.MetadataAddress ?? options.Authority)!.StartsWith("https://", StringComparison.Ordinal);
        // The issuer is the public URL even when the metadata is read at an internal address.
        jwt.TokenValidationParameters = Validation(options, options.Authority!.TrimEnd('/') + "/");
    }

    private static void ConfigureDevelopment(JwtBearerOptions jwt, TokenOptions options)
    {
        jwt.MapInboundClaims = false;
        jwt.Audience = options.Audience;
        jwt.TokenValidationParameters = Validation(options, options.Issuer);
        jwt.TokenValidationParameters.IssuerSigningKey = SigningKeyOf(options);
    }

    private static TokenValidationParameters Validation(TokenOptions options, string issuer) => new()
    {
        ValidateIssuer = true,
        ValidIssuer = issuer,
        ValidateAudience = true,
        ValidAudience = options.Audience,
        ValidateLifetime = true,
        ClockSkew = TimeSpan.FromSeconds(30),
        RoleClaimType = PlatformClaims.Role,
        NameClaimType = PlatformClaims.Subject,
    };

    /// <summary>The unvalidated issuer of the bearer token, only to choose the scheme that validates it.</summary>
    private static string? IssuerOf(HttpContext context)
    {
        var header = context.Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var handler = new JsonWebTokenHandler();
        var token = header["Bearer ".Length..].Trim();
        return handler.CanReadToken(token) ? handler.ReadJsonWebToken(token).Issuer : null;
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
