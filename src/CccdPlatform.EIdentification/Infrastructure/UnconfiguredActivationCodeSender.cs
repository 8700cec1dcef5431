using CccdPlatform.EIdentification.Model;

namespace CccdPlatform.EIdentification.Infrastructure;

/// <summary>
/// Outside Development until an SMS gateway is integrated: every send fails, so accounts are created but their codes
/// must be re-sent once a gateway exists. Failing loudly beats pretending, and no code ever reaches a log.
/// </summary>
public sealed class UnconfiguredActivationCodeSender : IActivationCodeSender
{
    public Task SendAsync(ActivationMessage message, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("No SMS gateway is configured for activation codes.");
}
