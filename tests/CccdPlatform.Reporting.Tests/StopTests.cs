using System.Diagnostics;
using CccdPlatform.Contracts;
using CccdPlatform.Contracts.Intake;
using CccdPlatform.TestSupport;
using MassTransit;
using Npgsql;
using static CccdPlatform.Reporting.Tests.Events;

namespace CccdPlatform.Reporting.Tests;

public class StopTests(ReportingServers servers) : IClassFixture<ReportingServers>
{
    [Fact]
    public async Task AnInstanceStoppedWhileItCollectsABatchStoresThatBatchBeforeItGoes()
    {
        await using var intake = await EventPublisher.StartAsync(servers.MessagingConnectionString);
        // A batch waits two seconds for more events, so the stop begins while the event is in one.
        var stopping = ReportingHost.Start(servers, new Dictionary<string, string> { ["Reporting:Batch:TimeLimit"] = "00:00:02" });
        var taken = new Taken();
        await stopping.ObserveAsync(taken);
        var messageId = await intake.PublishAsync(Received(new UnitPath("38", "405", null)));
        await taken.Signal.Task.WaitAsync(TimeSpan.FromSeconds(30));

        var stop = Stopwatch.StartNew();
        await stopping.DisposeAsync();
        stop.Stop();

        Assert.True(await IsStoredAsync(messageId), "The stopped instance left the event it had taken unstored.");
        Assert.True(stop.Elapsed < TimeSpan.FromSeconds(15), $"The stop took {stop.Elapsed:g}: it waited on a batch that could not be consumed.");
        // Its projector stopped before its bus: the next instance projects what the last batches stored.
        await using var next = ReportingHost.Start(servers);
        var reports = next.Reports();
        await Eventually.HoldsAsync(async () => await reports.StatusAsync() is { StoredEvents: 1, PendingEvents: 0 });
        Assert.Equal(1, (await reports.ProgressAsync("405")).Received);
    }

    private async Task<bool> IsStoredAsync(Guid messageId)
    {
        await using var connection = new NpgsqlConnection(servers.DatabaseConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""SELECT count(*) FROM "StoredEvents" WHERE "MessageId" = @id""", connection);
        command.Parameters.AddWithValue("id", messageId);
        return (long)(await command.ExecuteScalarAsync())! == 1;
    }

    private sealed class Taken : IConsumeMessageObserver<ApplicationReceived>
    {
        public TaskCompletionSource Signal { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task PreConsume(ConsumeContext<ApplicationReceived> context)
        {
            Signal.TrySetResult();
            return Task.CompletedTask;
        }

        public Task PostConsume(ConsumeContext<ApplicationReceived> context) => Task.CompletedTask;

        public Task ConsumeFault(ConsumeContext<ApplicationReceived> context, Exception exception) => Task.CompletedTask;
    }
}
