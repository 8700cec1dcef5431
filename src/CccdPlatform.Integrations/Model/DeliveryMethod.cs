namespace CccdPlatform.Integrations.Model;

/// <summary>How a subscription's events reach the integrator.</summary>
public enum DeliveryMethod
{
    /// <summary>On a durable RabbitMQ queue of its own that its credentials can only read.</summary>
    Queue,

    /// <summary>As signed HTTP POSTs to its URL, retried with backoff and parked after repeated failure.</summary>
    Webhook,
}
