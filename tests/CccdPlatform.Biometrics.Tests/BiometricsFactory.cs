using System.Net.Http.Json;
using System.Security.Cryptography;
using CccdPlatform.Biometrics.Extensions;
using CccdPlatform.Biometrics.Infrastructure;
using CccdPlatform.Biometrics.Model;
using CccdPlatform.Contracts;
using CccdPlatform.Contracts.Biometrics;
using CccdPlatform.Contracts.Intake;
using CccdPlatform.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CccdPlatform.Biometrics.Tests;

/// <summary>
/// The biometrics service against real PostgreSQL and RabbitMQ, with intake played by a probe that publishes
/// ApplicationReceived, and probes that record every biometrics event.
/// </summary>
public class BiometricsFactory() : ServiceFactory<Program>(BiometricsServiceExtensions.DatabaseConnectionName)
{
    /// <summary>Off unless a test is about the registry: the other tests' machines are not registered.</summary>
    protected virtual bool EnforcesRegistry => false;

    public const int FailedAttemptsBeforeForce = 3;

    public string TemplateKey { get; } = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
    public BrokerProbe<ApplicationReceived> Intake { get; private set; } = null!;
    public BrokerProbe<BiometricsAccepted> Accepted { get; private set; } = null!;
    public BrokerProbe<RecaptureNeeded> Recaptures { get; private set; } = null!;
    public BrokerProbe<DuplicateSuspected> Suspected { get; private set; } = null!;
    public BrokerProbe<DuplicateAdjudicated> Adjudicated { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Intake = await BrokerProbe<ApplicationReceived>.StartAsync(MessagingConnectionString);
        Accepted = await BrokerProbe<BiometricsAccepted>.StartAsync(MessagingConnectionString);
        Recaptures = await BrokerProbe<RecaptureNeeded>.StartAsync(MessagingConnectionString);
        Suspected = await BrokerProbe<DuplicateSuspected>.StartAsync(MessagingConnectionString);
        Adjudicated = await BrokerProbe<DuplicateAdjudicated>.StartAsync(MessagingConnectionString);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Biometrics:TemplateKey", TemplateKey);
        builder.UseSetting("Biometrics:Quality:FailedAttemptsBeforeForce", $"{FailedAttemptsBeforeForce}");
        builder.UseSetting("Biometrics:Matching:GallerySyncInterval", "00:00:00.200");
        builder.UseSetting("Registry:Enforce", EnforcesRegistry ? "true" : "false");
    }

    /// <summary>Applications are collected here unless a test says otherwise: Thanh Hoa city, in Thanh Hoa.</summary>
    public static readonly UnitPath ThanhHoaCity = new("38", "380", null);

    public HttpClient Client(string role, string unitCode = "38")
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = Tokens.Bearer(role, unitCode);
        return client;
    }

    /// <summary>Publishes an application as intake does and waits until biometrics knows it.</summary>
    public async Task<Guid> ApplicationAsync(
        string? citizenRef = null, string requestKind = "FirstIssue", UnitPath? collectedIn = null, string? homeProvince = null,
        string? biometricsRequired = null)
    {
        var id = Guid.CreateVersion7();
        await AnnounceAsync(id, citizenRef, requestKind, collectedIn, homeProvince, biometricsRequired);
        await Eventually.HoldsAsync(async () =>
        {
            await using var scope = Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<BiometricsDbContext>().Applications
                .AnyAsync(a => a.Id == id && a.Status != BiometricStatus.Unannounced);
        });
        return id;
    }

    /// <summary>Publishes intake's ApplicationReceived for this id, without waiting for biometrics to store it.</summary>
    public Task AnnounceAsync(
        Guid id, string? citizenRef = null, string requestKind = "FirstIssue", UnitPath? collectedIn = null, string? homeProvince = null,
        string? biometricsRequired = null)
    {
        var now = DateTimeOffset.UtcNow;
        var unit = collectedIn ?? ThanhHoaCity;
        var home = homeProvince ?? unit.ProvinceCode;
        return Intake.PublishAsync(new ApplicationReceived(
            id, citizenRef ?? NewCitizenRef(), unit.SelfAndAncestors().Last(), unit, home, home != unit.ProvinceCode,
            "Station", "Station", requestKind, null, "KIT-380-01", now, now, biometricsRequired), Guid.NewGuid());
    }

    public static string NewCitizenRef() => Convert.ToHexString(RandomNumberGenerator.GetBytes(32));

    public async Task<T> CountAsync<T>(Func<BiometricsDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<BiometricsDbContext>());
    }

    public override async ValueTask DisposeAsync()
    {
        foreach (var probe in new IAsyncDisposable?[] { Intake, Accepted, Recaptures, Suspected, Adjudicated })
        {
            if (probe is not null)
            {
                await probe.DisposeAsync();
            }
        }

        await base.DisposeAsync();
    }
}
