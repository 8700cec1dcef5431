using Duende.IdentityModel;
using Duende.IdentityModel.Client;

namespace CccdPlatform.Cli.SignIn;

/// <summary>
/// The identity service as the command line meets it through the gateway: endpoints from its discovery document, the
/// device authorization flow (RFC 8628) to sign an officer in, refresh and revocation of their tokens.
/// </summary>
public sealed class OfficerSignIn(HttpClient http, Uri gateway)
{
    /// <summary>The device client the identity service registers (<c>Identity:DeviceClients</c>).</summary>
    public const string ClientId = "cccd-cli";
    private const string Scopes = "openid profile offline_access";

    /// <summary>The pause between polls; a test replaces it to see the waits without waiting.</summary>
    public Func<TimeSpan, CancellationToken, Task> Delay { get; init; } = Task.Delay;

    /// <summary>
    /// Asks for a device code, lets <paramref name="show"/> tell the officer where to allow it, then polls the token
    /// endpoint at the interval asked (5 s more after each <c>slow_down</c>) until the officer allows or refuses it,
    /// or the code expires.
    /// </summary>
    public async Task<Credentials> SignInAsync(Action<DeviceAuthorizationResponse> show, CancellationToken cancellationToken)
    {
        var discovery = await DiscoverAsync(cancellationToken);
        var device = await http.RequestDeviceAuthorizationAsync(new DeviceAuthorizationRequest
        {
            Address = discovery.DeviceAuthorizationEndpoint,
            ClientId = ClientId,
            Scope = Scopes,
        }, cancellationToken);
        if (device.IsError || device.DeviceCode is null)
        {
            throw new InvalidOperationException($"The identity service at {gateway} did not start a device sign-in: {Describe(device)}");
        }

        show(device);
        var interval = TimeSpan.FromSeconds(device.Interval > 0 ? device.Interval : 5);
        var expires = DateTimeOffset.UtcNow.AddSeconds(device.ExpiresIn ?? 600);
        while (true)
        {
            await Delay(interval, cancellationToken);
            var token = await http.RequestDeviceTokenAsync(new DeviceTokenRequest
            {
                Address = discovery.TokenEndpoint,
                ClientId = ClientId,
                DeviceCode = device.DeviceCode,
            }, cancellationToken);
            if (!token.IsError)
            {
                return CredentialsOf(token, null);
            }

            interval = token.ErrorType is ResponseErrorType.Exception || (int)token.HttpStatusCode >= 500
                // No answer, or the server failed: RFC 8628 asks for a longer pause each time.
                ? interval * 2
                : token.Error switch
                {
                    OidcConstants.TokenErrors.AuthorizationPending => interval,
                    OidcConstants.TokenErrors.SlowDown => interval + TimeSpan.FromSeconds(5),
                    OidcConstants.TokenErrors.AccessDenied => throw new InvalidOperationException(
                        "The sign-in was refused on the verification page. Run cccd login again to start over."),
                    OidcConstants.TokenErrors.ExpiredToken => throw Expired(device),
                    _ => throw new InvalidOperationException($"The identity service refused the sign-in: {Describe(token)}"),
                };

            if (DateTimeOffset.UtcNow > expires)
            {
                throw Expired(device);
            }
        }
    }

    /// <summary>A new access token (and the refresh token that replaces the one used, which the server retires).</summary>
    public async Task<Credentials> RefreshAsync(Credentials credentials, CancellationToken cancellationToken)
    {
        var discovery = await DiscoverAsync(cancellationToken);
        var token = await http.RequestRefreshTokenAsync(new RefreshTokenRequest
        {
            Address = discovery.TokenEndpoint,
            ClientId = ClientId,
            RefreshToken = credentials.RefreshToken ?? throw SignInAgain("it holds no refresh token"),
        }, cancellationToken);
        return token.IsError
            ? throw SignInAgain(token.Error == OidcConstants.TokenErrors.InvalidGrant ? "it has expired or was revoked" : Describe(token))
            : CredentialsOf(token, credentials.RefreshToken);
    }

    /// <summary>Revokes the refresh token, so that nobody can renew the access token with it any more.</summary>
    public async Task RevokeAsync(Credentials credentials, CancellationToken cancellationToken)
    {
        if (credentials.RefreshToken is null)
        {
            return;
        }

        var discovery = await DiscoverAsync(cancellationToken);
        var revoked = await http.RevokeTokenAsync(new TokenRevocationRequest
        {
            Address = discovery.RevocationEndpoint,
            ClientId = ClientId,
            Token = credentials.RefreshToken,
            TokenTypeHint = OidcConstants.TokenTypes.RefreshToken,
        }, cancellationToken);
        if (revoked.IsError)
        {
            throw new InvalidOperationException($"The identity service did not revoke the refresh token: {Describe(revoked)}");
        }
    }

    private async Task<DiscoveryDocumentResponse> DiscoverAsync(CancellationToken cancellationToken)
    {
        // The issuer is the gateway's public address, and every endpoint lies under it; the command line checks no
        // token signature itself, so it needs no key set. HTTPS is required except on a loopback address.
        var discovery = await http.GetDiscoveryDocumentAsync(new DiscoveryDocumentRequest
        {
            Address = gateway.AbsoluteUri,
            Policy = { RequireKeySet = false },
        }, cancellationToken);
        return discovery.IsError
            ? throw new InvalidOperationException($"The gateway at {gateway} gave no usable OpenID Connect discovery document: {discovery.Error}")
            : discovery;
    }

    private Credentials CredentialsOf(TokenResponse token, string? previousRefreshToken) => new(
        gateway.AbsoluteUri,
        token.AccessToken ?? throw new InvalidOperationException("The identity service answered without an access token."),
        token.RefreshToken ?? previousRefreshToken,
        DateTimeOffset.UtcNow.AddSeconds(token.ExpiresIn > 0 ? token.ExpiresIn : 300));

    private InvalidOperationException SignInAgain(string why) =>
        new($"Your sign-in to {gateway} cannot be renewed ({why}): run cccd login again, or cccd logout to use development tokens.");

    private static InvalidOperationException Expired(DeviceAuthorizationResponse device) => new(
        $"The code {device.UserCode} expired before anyone allowed it. Run cccd login again for a new code.");

    private static string Describe(ProtocolResponse response) => response.ErrorType switch
    {
        ResponseErrorType.Exception => response.Error ?? "no answer",
        ResponseErrorType.Protocol => $"{response.Error} {response.TryGet(OidcConstants.TokenResponse.ErrorDescription)}".TrimEnd(),
        _ => $"{(int)response.HttpStatusCode} {response.Error}".TrimEnd(),
    };
}
