namespace CccdPlatform.ServiceDefaults.Messaging;

/// <summary>An event saved in the same transaction as the business change it announces, published later.</summary>
public sealed class OutboxMessage
{
    /// <summary>Also the MassTransit MessageId, so consumers can recognise a message published twice.</summary>
    public Guid Id { get; init; }

    /// <summary>Assembly-qualified name of the contract type.</summary>
    public required string MessageType { get; init; }

    public required string Body { get; init; }

    /// <summary>W3C traceparent of the request that raised the event, so the trace goes on through the broker.</summary>
    public string? TraceParent { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? SentAt { get; set; }

    /// <summary>
    /// Why the row cannot be published (its contract type is gone or its body no longer reads). Such a row is parked,
    /// not retried, so it never holds back the rows after it; an operator repairs or deletes it.
    /// </summary>
    public string? Error { get; set; }
}
