namespace CccdPlatform.Intake.Model;

/// <summary>What makes a resent request the same work as the first sending.</summary>
public abstract record ResendKey
{
    /// <summary>An Idempotency-Key (prefixed with the caller's subject) and the SHA-256 of the request as read.</summary>
    public sealed record Idempotency(string Key, string RequestHash) : ResendKey;

    /// <summary>An item of a machine's offline batch.</summary>
    public sealed record BatchItem(string MachineId, string ClientItemId, string BatchId) : ResendKey;
}
