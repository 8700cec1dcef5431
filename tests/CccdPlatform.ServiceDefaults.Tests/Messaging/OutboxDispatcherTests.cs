using CccdPlatform.Reporting.Infrastructure;
using CccdPlatform.ServiceDefaults.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CccdPlatform.ServiceDefaults.Tests.Messaging;

/// <summary>Dispatchers driven by the tests themselves, as several instances of a service would run them.</summary>
public class OutboxDispatcherTests(ReportingHostWithoutDispatcher service) : IClassFixture<ReportingHostWithoutDispatcher>
{
    private OutboxDispatcher<ReportingDbContext> NewDispatcher() =>
        ActivatorUtilities.CreateInstance<OutboxDispatcher<ReportingDbContext>>(service.Services);

    [Fact]
    public async Task TwoDispatchersDrainingTheSameRowsTogetherPublishEachRowExactlyOnce()
    {
        const int rowCount = 400;
        const int batchSize = 20;
        await service.Published.DrainMessageIdsAsync();
        List<Guid> rowIds;
        await using (var scope = service.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ReportingDbContext>();
            rowIds = Enumerable.Range(0, rowCount)
                .Select(_ => db.AddOutboxMessage(Events.New(), TimeProvider.System).Id)
                .ToList();
            await db.SaveChangesAsync();
        }

        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var drains = Enumerable.Range(0, 2).Select(_ => NewDispatcher()).Select(dispatcher => Task.Run(async () =>
            {
                await start.Task;
                var published = 0;
                while (await dispatcher.DispatchBatchAsync(batchSize, CancellationToken.None) is > 0 and var count)
                {
                    published += count;
                }

                return published;
            }))
            .ToList();
        start.SetResult();
        var publishedBy = await Task.WhenAll(drains);

        Assert.Equal(rowCount, publishedBy.Sum());
        Assert.All(publishedBy, count => Assert.True(count > 0, "Both dispatchers should have had a share of the rows."));
        Assert.Equal(0, await service.QueryAsync(db => db.Set<OutboxMessage>().CountAsync(m => m.SentAt == null)));
        // Every confirmed publish is in the tap by now, so a row published twice would show up as a second copy.
        Assert.Equal((uint)rowCount, await service.Published.CountAsync());
        var published = await service.Published.DrainMessageIdsAsync();
        Assert.Equal(rowIds.Select(id => id.ToString()).Order(), published.Order());
    }

    [Fact]
    public async Task ARowThatCannotBePublishedDoesNotHoldBackTheRowsAfterIt()
    {
        var poison = new OutboxMessage
        {
            Id = Guid.CreateVersion7(),
            MessageType = "CccdPlatform.Contracts.Intake.ARemovedEvent, CccdPlatform.Contracts",
            Body = "{}",
            CreatedAt = DateTimeOffset.UtcNow.AddMinutes(-1),
        };
        await service.QueryAsync(db =>
        {
            db.Set<OutboxMessage>().Add(poison);
            return db.SaveChangesAsync();
        });
        try
        {
            var healthy = await service.SaveToOutboxAsync(Events.New());

            await NewDispatcher().DispatchBatchAsync(10, CancellationToken.None);

            Assert.NotNull((await service.OutboxRowAsync(healthy.Id))?.SentAt);
            var parked = await service.OutboxRowAsync(poison.Id);
            Assert.Null(parked?.SentAt);
            Assert.Contains("ARemovedEvent", parked?.Error);
        }
        finally
        {
            await service.QueryAsync(db => db.Set<OutboxMessage>().Where(m => m.Id == poison.Id).ExecuteDeleteAsync());
            await service.Published.DrainMessageIdsAsync();
        }
    }
}
