using System.Security.Cryptography;
using CccdPlatform.Contracts.Biometrics;
using CccdPlatform.Contracts.EIdentification;
using CccdPlatform.Contracts.Intake;
using CccdPlatform.EIdentification.Extensions;
using CccdPlatform.EIdentification.Infrastructure;
using CccdPlatform.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Testing;

namespace CccdPlatform.EIdentification.Tests;

/// <summary>
/// The e-identification service against real PostgreSQL and RabbitMQ. Intake and biometrics are played by probes that
/// publish their events; other probes record every event e-identification publishes. Time is adjustable.
/// </summary>
public class EIdFactory() : ServiceFactory<Program>(EIdentificationServiceExtensions.DatabaseConnectionName)
{
    public const int MaxAttempts = 3;

    public AdjustableClock Clock { get; } = new();
    public BrokerProbe<CitizenIdentityRecorded> Intake { get; private set; } = null!;
    public BrokerProbe<ApplicationStatusChanged> StatusChanges { get; private set; } = null!;
    public BrokerProbe<BiometricsAccepted> Biometrics { get; private set; } = null!;
    public BrokerProbe<AccountRequested> Requested { get; private set; } = null!;
    public BrokerProbe<AccountCreated> Created { get; private set; } = null!;
    public BrokerProbe<AccountActivated> Activated { get; private set; } = null!;
    public BrokerProbe<AccountUpgraded> Upgraded { get; private set; } = null!;
    public BrokerProbe<AccountLocked> Locked { get; private set; } = null!;
    public BrokerProbe<AccountUnlocked> Unlocked { get; private set; } = null!;
    public BrokerProbe<DeadlineBreached> Breaches { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Intake = await BrokerProbe<CitizenIdentityRecorded>.StartAsync(MessagingConnectionString);
        StatusChanges = await BrokerProbe<ApplicationStatusChanged>.StartAsync(MessagingConnectionString);
        Biometrics = await BrokerProbe<BiometricsAccepted>.StartAsync(MessagingConnectionString);
        Requested = await BrokerProbe<AccountRequested>.StartAsync(MessagingConnectionString);
        Created = await BrokerProbe<AccountCreated>.StartAsync(MessagingConnectionString);
        Activated = await BrokerProbe<AccountActivated>.StartAsync(MessagingConnectionString);
        Upgraded = await BrokerProbe<AccountUpgraded>.StartAsync(MessagingConnectionString);
        Locked = await BrokerProbe<AccountLocked>.StartAsync(MessagingConnectionString);
        Unlocked = await BrokerProbe<AccountUnlocked>.StartAsync(MessagingConnectionString);
        Breaches = await BrokerProbe<DeadlineBreached>.StartAsync(MessagingConnectionString);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("EIdentification:Activation:MaxAttempts", $"{MaxAttempts}");
        builder.UseSetting("EIdentification:DeadlineCheckInterval", "00:00:00.200");
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock).AddFakeLogging());
    }

    /// <summary>What the service logged at Information and above.</summary>
    public FakeLogCollector Logs => Services.GetFakeLogCollector();

    public InMemoryActivationCodeSink Sink => Services.GetRequiredService<InMemoryActivationCodeSink>();

    public async Task<T> QueryAsync<T>(Func<EIdentificationDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<EIdentificationDbContext>());
    }

    public static string NewCitizenRef() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));

    public override async ValueTask DisposeAsync()
    {
        foreach (var probe in new IAsyncDisposable?[]
                 {
                     Intake, StatusChanges, Biometrics, Requested, Created, Activated, Upgraded, Locked, Unlocked, Breaches,
                 })
        {
            if (probe is not null)
            {
                await probe.DisposeAsync();
            }
        }

        await base.DisposeAsync();
    }
}
