using CccdPlatform.TestSupport;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace CccdPlatform.ServiceDefaults.Tests.Messaging;

public class InboxTests(ReportingHost service) : IClassFixture<ReportingHost>
{
    private Task PublishAsync(UnitActivityRecorded message, Guid messageId) =>
        service.Services.GetRequiredService<IBus>().Publish(message, context => context.MessageId = messageId);

    [Fact]
    public async Task AMessageDeliveredTwiceWithTheSameMessageIdChangesTheDatabaseOnce()
    {
        var message = Events.New();
        var messageId = NewId.NextGuid();

        await PublishAsync(message, messageId);
        await PublishAsync(message, messageId);

        await Eventually.HoldsAsync(() => Task.FromResult(service.Deliveries.Finished(messageId) == 2));
        Assert.Equal(1, await service.CountedAsync(message.UnitCode));
        Assert.Single(service.Consumer.AttemptsAt(message.Id));
        Assert.Equal(1, await service.InboxRowsAsync(messageId));
    }

    [Fact]
    public async Task TheSameEventUnderTwoMessageIdsIsHandledTwice()
    {
        var message = Events.New();

        await PublishAsync(message, NewId.NextGuid());
        await PublishAsync(message, NewId.NextGuid());

        await Eventually.HoldsAsync(async () => await service.CountedAsync(message.UnitCode) == 2);
        Assert.Equal(2, service.Consumer.AttemptsAt(message.Id).Count);
    }

    [Fact]
    public async Task AConsumerThatFailsOnItsFirstAttemptHasItsChangeAppliedExactlyOnceAfterTheRetry()
    {
        var message = Events.New();
        var messageId = NewId.NextGuid();
        service.Consumer.FailFirstAttempt(message.Id);

        await PublishAsync(message, messageId);

        await Eventually.HoldsAsync(() => Task.FromResult(service.Deliveries.Finished(messageId) == 1));
        Assert.Equal(2, service.Consumer.AttemptsAt(message.Id).Count);
        Assert.Equal(1, await service.CountedAsync(message.UnitCode));
        Assert.Equal(1, await service.InboxRowsAsync(messageId));
    }
}
