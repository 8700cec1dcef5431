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

    private readonly int _size;
    private readonly int _concurrency;
    private readonly TimeSpan _timeLimit;

    public PublicEventConsumerDefinition(IConfiguration configuration)
    {
        var batch = configuration.GetSection("Integrations:Batch");
        _size = batch.GetValue("MessageLimit", 100);
        _concurrency = batch.GetValue("ConcurrencyLimit", 4);
        _timeLimit = batch.GetValue("TimeLimit", TimeSpan.FromMilliseconds(20));
        Endpoint(endpoint =>
        {
            endpoint.Name = QueueName;
            endpoint.PrefetchCount = _size * _concurrency;
            endpoint.ConcurrentMessageLimit = _size * _concurrency;
        });
    }

    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<PublicEventConsumer<TEvent>> consumerConfigurator, IRegistrationContext context) =>
        consumerConfigurator.Options<BatchOptions>(options => options
            .SetMessageLimit(_size).SetConcurrencyLimit(_concurrency).SetTimeLimit(_timeLimit));
}
