using CccdPlatform.Reporting.Infrastructure;
using CccdPlatform.ServiceDefaults.Messaging;
using CccdPlatform.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CccdPlatform.ServiceDefaults.Tests.Messaging;

public class OutboxTests(ReportingHost service) : IClassFixture<ReportingHost>
{
    [Fact]
    public async Task ACommittedOutboxRowIsPublishedPromptlyWithItsIdAsMessageIdAndMarkedSent()
    {
        var message = Events.New();

        var row = await service.SaveToOutboxAsync(message);

        var consumed = await Eventually.ReturnsAsync(() => service.Consumer.AttemptsAt(message.Id).FirstOrDefault());
        Assert.Equal(row.Id, consumed.MessageId);
        await Eventually.HoldsAsync(async () => (await service.OutboxRowAsync(row.Id))?.SentAt is not null);
        Assert.Equal(1, await service.CountedAsync(message.UnitCode));
    }

    [Fact]
    public async Task AnOutboxRowSavedInATransactionThatIsRolledBackIsNeverPublished()
    {
        var rolledBack = Events.New();
        var committed = Events.New();
        Guid rolledBackRowId;
        await using (var scope = service.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ReportingDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            rolledBackRowId = db.AddOutboxMessage(rolledBack, TimeProvider.System).Id;
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
        }

        var committedRow = await service.SaveToOutboxAsync(committed);

        // Rows go out in order of creation and are marked sent only once the broker confirmed them, so when the
        // later row is marked sent, anything the earlier one could have become is already on the broker.
        await Eventually.HoldsAsync(async () => (await service.OutboxRowAsync(committedRow.Id))?.SentAt is not null);
        Assert.Null(await service.OutboxRowAsync(rolledBackRowId));
        var published = await service.Published.DrainMessageIdsAsync();
        Assert.Contains(committedRow.Id.ToString(), published);
        Assert.DoesNotContain(rolledBackRowId.ToString(), published);
        Assert.Empty(service.Consumer.AttemptsAt(rolledBack.Id));
    }
}
