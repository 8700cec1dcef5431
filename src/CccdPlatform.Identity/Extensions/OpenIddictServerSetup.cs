using CccdPlatform.Identity.Infrastructure;
using CccdPlatform.Identity.Infrastructure.Keys;
using CccdPlatform.ServiceDefaults.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace CccdPlatform.Identity.Extensions;

internal static class OpenIddictServerSetup
{
    /// <summary>
    /// The token server: code flow with PKCE, client credentials, device flow and rolling refresh tokens; no implicit
    /// or password grant. Access tokens are signed, not encrypted, JWTs; the keys come from the database's ring.
    /// </summary>
    public static IServiceCollection AddOpenIddictServer(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = configuration.GetSection(IdentityServiceOptions.Section).Get<IdentityServiceOptions>() ?? new IdentityServiceOptions();
        var tokens = configuration.GetSection(TokenOptions.Section).Get<TokenOptions>() ?? new TokenOptions();
        services.AddOpenIddict()
            .AddCore(core => core.UseEntityFrameworkCore().UseDbContext<IdentityServiceDbContext>())
            .AddServer(server =>
            {
                if (tokens.Authority is { Length: > 0 } authority)
                {
                    // The public URL through the gateway, whatever address a request came in at.
                    server.SetIssuer(new Uri(authority.TrimEnd('/') + "/"));
                }

                server.SetAuthorizationEndpointUris("connect/authorize")
                    .SetTokenEndpointUris("connect/token")
                    .SetDeviceAuthorizationEndpointUris("connect/device")
                    .SetEndUserVerificationEndpointUris("connect/verify")
                    .SetEndSessionEndpointUris("connect/logout")
                    .SetUserInfoEndpointUris("connect/userinfo")
                    // A browser application signing out revokes its refresh token, which would otherwise outlive the session.
                    .SetRevocationEndpointUris("connect/revoke");
                server.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange()
                    .AllowClientCredentialsFlow()
                    .AllowDeviceAuthorizationFlow()
                    .AllowRefreshTokenFlow();
                server.RegisterScopes(Scopes.OpenId, Scopes.Profile, Scopes.OfflineAccess);
                server.SetAccessTokenLifetime(settings.AccessTokenLifetime)
                    .SetRefreshTokenLifetime(settings.RefreshTokenLifetime)
                    .SetDeviceCodeLifetime(settings.DeviceCodeLifetime)
                    .SetUserCodeLifetime(settings.DeviceCodeLifetime);
                server.DisableAccessTokenEncryption();
                server.UseAspNetCore()
                    .EnableAuthorizationEndpointPassthrough()
                    .EnableTokenEndpointPassthrough()
                    .EnableEndSessionEndpointPassthrough()
                    .EnableUserInfoEndpointPassthrough()
                    .EnableEndUserVerificationEndpointPassthrough()
                    .EnableStatusCodePagesIntegration()
                    // TLS ends before the gateway in production; the platform itself speaks HTTP inside.
                    .DisableTransportSecurityRequirement();
            });

        services.AddSingleton<TokenKeyRing>();
        services.AddSingleton<ServerKeysFromRing>();
        services.AddSingleton<IConfigureOptions<OpenIddictServerOptions>>(sp => sp.GetRequiredService<ServerKeysFromRing>());
        services.AddSingleton<IOptionsChangeTokenSource<OpenIddictServerOptions>>(sp => sp.GetRequiredService<ServerKeysFromRing>());

        // This service checks its own tokens with its own ring rather than by reading its discovery document over HTTP.
        services.AddOptions<JwtBearerOptions>(AuthenticationExtensions.IdentityScheme).PostConfigure<TokenKeyRing>((jwt, ring) =>
        {
            jwt.ConfigurationManager = new StaticConfigurationManager<OpenIdConnectConfiguration>(
                new OpenIdConnectConfiguration { Issuer = tokens.Authority is { Length: > 0 } a ? a.TrimEnd('/') + "/" : null });
            jwt.TokenValidationParameters.IssuerSigningKeyResolver = (_, _, _, _) => ring.VerificationKeys;
        });
        return services;
    }
}
