using CccdPlatform.ServiceDefaults.Messaging;
using CccdPlatform.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace CccdPlatform.ServiceDefaults.Tests.Messaging;

public class OutboxBacklogTests
{
    [Fact]
    public async Task EventsSavedWhileTheServiceWasDownAreDeliveredOnceItStarts()
    {
        // A host of its own (not a class fixture): its start is what is tested.
        var service = new ReportingHostWithBacklog();
        try
        {
            await service.InitializeAsync();
            int Delivered() => service.Backlog.Count(m => service.Consumer.AttemptsAt(m.Id).Count > 0);

            // Nothing is committed after the start, so only the dispatcher's first look can send these.
            try
            {
                await Eventually.HoldsAsync(() => Task.FromResult(Delivered() == service.Backlog.Count));
            }
            catch (TimeoutException)
            {
                var sent = await service.QueryAsync(db => db.Set<OutboxMessage>().CountAsync(m => m.SentAt != null));
                Assert.Fail($"{Delivered()} of {service.Backlog.Count} events were delivered, yet {sent} outbox rows "
                    + "are marked sent.");
            }

            Assert.Equal(0, await service.QueryAsync(db => db.Set<OutboxMessage>().CountAsync(m => m.SentAt == null)));
        }
        finally
        {
            await service.DisposeAsync();
        }
    }
}
