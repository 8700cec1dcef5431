using CccdPlatform.Identity.Extensions;
using CccdPlatform.ServiceDefaults;
using Microsoft.Extensions.Options;

namespace CccdPlatform.Identity.Infrastructure.Keys;

/// <summary>Looks at the key ring now and then: a new key when the newest is old enough, old keys out once unneeded.</summary>
internal sealed class KeyRotation(TokenKeyRing ring, IOptions<IdentityServiceOptions> options, ILogger<KeyRotation> logger)
    : PollingWorker(null, logger)
{
    protected override TimeSpan Interval => options.Value.KeyCheckInterval;

    protected override async Task<bool> RunOnceAsync(CancellationToken cancellationToken)
    {
        await ring.RefreshAsync(cancellationToken);
        return false;
    }
}
