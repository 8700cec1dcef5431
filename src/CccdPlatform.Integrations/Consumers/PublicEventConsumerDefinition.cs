using CccdPlatform.ServiceDefaults.Messaging;
using MassTransit;

namespace CccdPlatform.Integrations.Consumers;

/// <summary>
/// Every public event arrives on one queue of this service, bound to all of their exchanges, and is consumed in
/// batches of each event type (cut at <c>Integrations:Batch:MessageLimit</c> or <c>TimeLimit</c>, whichever first):
/// a transaction per event cost about a millisecond of CPU even for events no webhook subscribes to.
/// </summary>
public sealed class PublicEventConsumerDefinition<TEvent> : ConsumerDefinition<PublicEventConsumer<TEvent>>
    where TEvent : class
{
    public const string QueueName = "integrations-public-events";

    private readonly BatchSettings _batch;

    public PublicEventConsumerDefinition(IConfiguration configuration)
    {
        _batch = BatchSettings.From(configuration, "Integrations:Batch");
        Endpoint(endpoint =>
        {
            endpoint.Name = QueueName;
            _batch.Apply(endpoint);
        });
    }

    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<PublicEventConsumer<TEvent>> consumerConfigurator, IRegistrationContext context) =>
        consumerConfigurator.Options<BatchOptions>(_batch.Apply);
}
