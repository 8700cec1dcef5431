namespace CccdPlatform.Integrations.Model;

/// <summary>An integrator's choice of public events and how it receives them.</summary>
public sealed class Subscription
{
    public Guid Id { get; init; }

    /// <summary>The token subject of the integrator that created it: it alone (and Admin) may see and change it.</summary>
    public required string Owner { get; init; }

    /// <summary>Catalogue names of the public events it receives.</summary>
    public List<string> EventTypes { get; init; } = [];

    public DeliveryMethod Delivery { get; init; }

    public string? WebhookUrl { get; init; }

    /// <summary>The webhook signing secret, encrypted with <c>Integrations:SecretKey</c>; it must be recoverable to sign.</summary>
    public byte[]? EncryptedSecret { get; set; }

    /// <summary>The RabbitMQ queue and user of a queue subscription (the password is never kept).</summary>
    public string? QueueName { get; init; }

    public string? BrokerUser { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? CredentialsIssuedAt { get; set; }

    public static string QueueNameOf(Guid id) => $"integrator.{id}";
}
