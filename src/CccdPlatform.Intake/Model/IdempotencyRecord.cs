namespace CccdPlatform.Intake.Model;

/// <summary>A client's Idempotency-Key and the application its first request created.</summary>
public sealed class IdempotencyRecord
{
    /// <summary>The caller's subject and the key, so two clients cannot collide on a key.</summary>
    public required string Key { get; init; }

    /// <summary>SHA-256 of the request as read, to tell a retry from a different request under the same key.</summary>
    public required string RequestHash { get; init; }

    public Guid ApplicationId { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
}
