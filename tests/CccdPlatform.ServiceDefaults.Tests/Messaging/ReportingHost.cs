using CccdPlatform.Reporting.Extensions;
using CccdPlatform.Reporting.Infrastructure;
using CccdPlatform.Reporting.Model;
using CccdPlatform.ServiceDefaults.Messaging;
using CccdPlatform.ServiceDefaults.Persistence;
using CccdPlatform.TestSupport;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CccdPlatform.ServiceDefaults.Tests.Messaging;

/// <summary>
/// A service host built the way services build theirs (<c>AddServiceDatabase</c> + <c>AddMessaging</c>), on
/// reporting's database, with <see cref="ProbeConsumer"/> as its only consumer, its own database and virtual host.
/// </summary>
public class ReportingHost : IAsyncLifetime
{
    public const string TestEventExchange = "CccdPlatform.ServiceDefaults.Tests.Messaging:UnitActivityRecorded";

    private IHost? _host;

    public string DatabaseConnectionString { get; } = TestServers.NewDatabase("messaging");
    public string MessagingConnectionString { get; private set; } = "";
    public ConsumerLog Consumer { get; } = new();
    public DeliveryLog Deliveries { get; } = new();

    /// <summary>Every test event that reached the broker.</summary>
    public ExchangeTap Published { get; private set; } = null!;

    public IServiceProvider Services => _host?.Services ?? throw new InvalidOperationException("The host has not started.");

    /// <summary>False leaves dispatching to the test, which drives <see cref="OutboxDispatcher{TContext}"/>s itself.</summary>
    protected virtual bool RunsOutboxDispatcher => true;

    /// <summary>Runs once the database and virtual host are named, before the host is built.</summary>
    protected virtual Task BeforeStartAsync() => Task.CompletedTask;

    public async Task InitializeAsync()
    {
        MessagingConnectionString = await TestServers.NewVirtualHostAsync("messaging");
        await BeforeStartAsync();
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = Environments.Development });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [$"ConnectionStrings:{ReportingServiceExtensions.DatabaseConnectionName}"] = DatabaseConnectionString,
            [$"ConnectionStrings:{MessagingExtensions.ConnectionName}"] = MessagingConnectionString,
            // Longer than a fixture lives: after its first look at start, the dispatcher wakes only on a commit signal.
            ["Outbox:PollInterval"] = "00:10:00",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:MassTransit"] = "Warning",
        });
        // Services get the clock from AddServiceDefaults; AddMessaging needs it but does not register it.
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(Consumer);
        builder.Services.AddReceiveObserver(_ => Deliveries);

        builder.AddServiceDatabase<ReportingDbContext, PostgreSqlReportingDbContext, SqlServerReportingDbContext>(
            ReportingServiceExtensions.DatabaseConnectionName);
        builder.AddMessaging<ReportingDbContext>(bus => bus.AddConsumer<ProbeConsumer>());
        if (!RunsOutboxDispatcher)
        {
            var dispatcher = builder.Services.Single(d => d.ImplementationType == typeof(OutboxDispatcher<ReportingDbContext>));
            builder.Services.Remove(dispatcher);
        }

        _host = builder.Build();
        await _host.StartAsync();
        Published = await ExchangeTap.BindAsync(MessagingConnectionString, TestEventExchange);
    }

    public async Task<OutboxMessage> SaveToOutboxAsync(UnitActivityRecorded message)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReportingDbContext>();
        var row = db.AddOutboxMessage(message, TimeProvider.System);
        await db.SaveChangesAsync();
        return row;
    }

    public async Task<T> QueryAsync<T>(Func<ReportingDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<ReportingDbContext>());
    }

    public Task<OutboxMessage?> OutboxRowAsync(Guid id) =>
        QueryAsync(db => db.Set<OutboxMessage>().AsNoTracking().SingleOrDefaultAsync(m => m.Id == id));

    /// <summary>The test consumer's count for a unit: how many times its change was committed.</summary>
    public Task<long> CountedAsync(string unitCode) =>
        QueryAsync(db => db.UnitProgress.Where(p => p.UnitCode == unitCode && p.Metric == Metrics.Received).Select(p => p.Count).SingleOrDefaultAsync());

    public Task<int> InboxRowsAsync(Guid messageId) =>
        QueryAsync(db => db.Set<InboxMessage>().CountAsync(m => m.MessageId == messageId));

    public async Task DisposeAsync()
    {
        if (Published is not null)
        {
            await Published.DisposeAsync();
        }

        if (_host is not null)
        {
            await _host.StopAsync();
            _host.Dispose();
        }

        await TestServers.DropDatabaseAsync(DatabaseConnectionString);
        if (MessagingConnectionString.Length > 0)
        {
            await TestServers.DeleteVirtualHostAsync(MessagingConnectionString);
        }
    }
}
