namespace CccdPlatform.Integrations.Extensions;

/// <summary>The <c>Integrations</c> configuration section.</summary>
public sealed class IntegrationsOptions
{
    public const string Section = "Integrations";

    /// <summary>
    /// RabbitMQ's management API with credentials that may create queues, users and permissions on the virtual host of
    /// the <c>messaging</c> connection, e.g. <c>http://admin:secret@rabbitmq:15672</c>. Needed for queue subscriptions.
    /// </summary>
    public string? RabbitMqManagement { get; set; }

    /// <summary>
    /// Where integrators reach the broker, e.g. <c>amqps://events.example.vn:5671</c>; by default the host and port of
    /// the <c>messaging</c> connection.
    /// </summary>
    public string? AmqpPublicUri { get; set; }

    /// <summary>Base64 of 32 random bytes (AES-256-GCM): encrypts webhook signing secrets at rest.</summary>
    public string? SecretKey { get; set; }

    public int MaxSubscriptionsPerOwner { get; set; } = 20;

    public WebhookOptions Webhooks { get; set; } = new();

    public QueueOptions Queues { get; set; } = new();
}
