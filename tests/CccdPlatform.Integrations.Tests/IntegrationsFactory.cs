using System.Net.Http.Headers;
using System.Security.Cryptography;
using CccdPlatform.Contracts.Biometrics;
using CccdPlatform.Contracts.Intake;
using CccdPlatform.Integrations.Extensions;
using CccdPlatform.Integrations.Infrastructure;
using CccdPlatform.Integrations.Model;
using CccdPlatform.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CccdPlatform.Integrations.Tests;

/// <summary>
/// The integrations service against real PostgreSQL and RabbitMQ (with its management API), with short webhook retry
/// delays. Probes publish events as intake and biometrics do.
/// </summary>
public class IntegrationsFactory() : ServiceFactory<Program>(IntegrationsServiceExtensions.DatabaseConnectionName)
{
    public const int MaxAttempts = 3;
    public const int MaxSubscriptionsPerOwner = 5;

    public BrokerProbe<ApplicationReceived> Intake { get; private set; } = null!;
    public BrokerProbe<RosterImported> Rosters { get; private set; } = null!;
    public BrokerProbe<CitizenIdentityRecorded> Identities { get; private set; } = null!;
    public BrokerProbe<BiometricsAccepted> Biometrics { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Intake = await BrokerProbe<ApplicationReceived>.StartAsync(MessagingConnectionString);
        Rosters = await BrokerProbe<RosterImported>.StartAsync(MessagingConnectionString);
        Identities = await BrokerProbe<CitizenIdentityRecorded>.StartAsync(MessagingConnectionString);
        Biometrics = await BrokerProbe<BiometricsAccepted>.StartAsync(MessagingConnectionString);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Integrations:RabbitMqManagement", TestServers.RabbitMqManagement);
        builder.UseSetting("Integrations:SecretKey", Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
        builder.UseSetting("Integrations:MaxSubscriptionsPerOwner", $"{MaxSubscriptionsPerOwner}");
        builder.UseSetting("Integrations:Webhooks:MaxAttempts", $"{MaxAttempts}");
        builder.UseSetting("Integrations:Webhooks:RetryDelays:0", "00:00:00.300");
        builder.UseSetting("Integrations:Webhooks:RetryDelays:1", "00:00:00.600");
        builder.UseSetting("Integrations:Webhooks:PollInterval", "00:00:00.100");
        builder.UseSetting("Integrations:Webhooks:Timeout", "00:00:03");
    }

    public HttpClient ClientFor(string role, string subject)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Tokens.Issue(role, "38", subject));
        return client;
    }

    public async Task<T> QueryAsync<T>(Func<IntegrationsDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<IntegrationsDbContext>());
    }

    public override async ValueTask DisposeAsync()
    {
        foreach (var probe in new IAsyncDisposable?[] { Intake, Rosters, Identities, Biometrics })
        {
            if (probe is not null)
            {
                await probe.DisposeAsync();
            }
        }

        // Broker users outlive the fixture's virtual host: remove every one this fixture created.
        var queues = await QueryAsync(db => db.Subscriptions.Where(s => s.Delivery == DeliveryMethod.Queue).ToListAsync());
        await using (var scope = Services.CreateAsyncScope())
        {
            var broker = scope.ServiceProvider.GetRequiredService<BrokerAdmin>();
            foreach (var subscription in queues)
            {
                await broker.RevokeQueueAsync(subscription, CancellationToken.None);
            }
        }

        await base.DisposeAsync();
    }
}
