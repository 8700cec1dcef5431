using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using OpenIddict.Server;

namespace CccdPlatform.Identity.Infrastructure.Keys;

/// <summary>Gives the token server the ring's keys, and has its options rebuilt whenever the ring changes.</summary>
internal sealed class ServerKeysFromRing(TokenKeyRing ring)
    : IConfigureOptions<OpenIddictServerOptions>, IOptionsChangeTokenSource<OpenIddictServerOptions>
{
    public string Name => Options.DefaultName;

    public void Configure(OpenIddictServerOptions options)
    {
        options.SigningCredentials.AddRange(ring.Signing);
        options.EncryptionCredentials.AddRange(ring.Encryption);
    }

    public IChangeToken GetChangeToken() => ring.Changes;
}
