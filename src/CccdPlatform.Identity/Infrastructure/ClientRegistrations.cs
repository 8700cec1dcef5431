using CccdPlatform.Identity.Extensions;
using CccdPlatform.ServiceDefaults.Authentication;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace CccdPlatform.Identity.Infrastructure;

/// <summary>
/// The clients the configuration names, registered or brought up to date at every start: browser applications (code
/// flow with PKCE, refresh tokens), device-flow clients, integrators and citizen applications (client credentials,
/// confidential).
/// </summary>
public sealed class ClientRegistrations(
    IOpenIddictApplicationManager applications, IOptions<IdentityServiceOptions> options, IOptions<TokenOptions> tokens)
{
    public async Task EnsureAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var issuer = new Uri(tokens.Value.Authority ?? "http://127.0.0.1:8080/");
        foreach (var client in settings.BrowserClients)
        {
            var descriptor = Describe(client.ClientId, client.DisplayName, ClientTypes.Public,
                Permissions.Endpoints.Authorization, Permissions.Endpoints.Token, Permissions.Endpoints.EndSession, Permissions.Endpoints.Revocation,
                Permissions.GrantTypes.AuthorizationCode, Permissions.GrantTypes.RefreshToken, Permissions.ResponseTypes.Code,
                Permissions.Scopes.Profile);
            descriptor.Requirements.Add(Requirements.Features.ProofKeyForCodeExchange);
            descriptor.RedirectUris.UnionWith(client.RedirectUris.Select(u => new Uri(issuer, u)));
            descriptor.PostLogoutRedirectUris.UnionWith(client.PostLogoutRedirectUris.Select(u => new Uri(issuer, u)));
            await SaveAsync(descriptor, cancellationToken);
        }

        foreach (var clientId in settings.DeviceClients)
        {
            await SaveAsync(Describe(clientId, clientId, ClientTypes.Public,
                Permissions.Endpoints.DeviceAuthorization, Permissions.Endpoints.Token, Permissions.Endpoints.Revocation,
                Permissions.GrantTypes.DeviceCode, Permissions.GrantTypes.RefreshToken, Permissions.Scopes.Profile), cancellationToken);
        }

        foreach (var integrator in settings.Integrators.Concat(settings.CitizenApps).Where(i => i.Secret.Length > 0))
        {
            var descriptor = Describe(integrator.ClientId, integrator.DisplayName, ClientTypes.Confidential,
                Permissions.Endpoints.Token, Permissions.GrantTypes.ClientCredentials);
            descriptor.ClientSecret = integrator.Secret;
            await SaveAsync(descriptor, cancellationToken);
        }
    }

    private static OpenIddictApplicationDescriptor Describe(string clientId, string displayName, string type, params string[] permissions)
    {
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = clientId,
            DisplayName = displayName.Length > 0 ? displayName : clientId,
            ClientType = type,
            ConsentType = ConsentTypes.Implicit,
        };
        descriptor.Permissions.UnionWith(permissions);
        return descriptor;
    }

    private async Task SaveAsync(OpenIddictApplicationDescriptor descriptor, CancellationToken cancellationToken)
    {
        if (await applications.FindByClientIdAsync(descriptor.ClientId!, cancellationToken) is { } existing)
        {
            await applications.UpdateAsync(existing, descriptor, cancellationToken);
        }
        else
        {
            await applications.CreateAsync(descriptor, cancellationToken);
        }
    }
}
