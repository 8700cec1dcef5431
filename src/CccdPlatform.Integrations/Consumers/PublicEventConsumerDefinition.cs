using MassTransit;

namespace CccdPlatform.Integrations.Consumers;

/// <summary>Every public event arrives on one queue of this service, bound to all of their exchanges.</summary>
public sealed class PublicEventConsumerDefinition<TEvent> : ConsumerDefinition<PublicEventConsumer<TEvent>>
    where TEvent : class
{
    public const string QueueName = "integrations-public-events";

    public PublicEventConsumerDefinition() => EndpointName = QueueName;
}
