namespace CccdPlatform.Reporting.Model;

/// <summary>
/// An event exactly as reporting received it, kept for good: every projection can be rebuilt by replaying these in
/// <see cref="Sequence"/> order.
/// </summary>
public sealed class StoredEvent
{
    /// <summary>Arrival order in this database.</summary>
    public long Sequence { get; init; }

    /// <summary>The MassTransit MessageId, which a redelivered or republished event keeps.</summary>
    public Guid MessageId { get; init; }

    /// <summary>Full name of the contract type, e.g. <c>CccdPlatform.Contracts.Intake.ApplicationReceived</c>.</summary>
    public required string Type { get; init; }

    /// <summary>The message as JSON (web defaults: camelCase).</summary>
    public required string Body { get; init; }

    public DateTimeOffset ReceivedAt { get; init; }
}
