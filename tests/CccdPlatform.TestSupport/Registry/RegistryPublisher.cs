using CccdPlatform.Contracts;
using CccdPlatform.Contracts.Registry;
using CccdPlatform.ServiceDefaults.Registry;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CccdPlatform.TestSupport.Registry;

/// <summary>
/// Plays the identity service's registry: publishes its events over the test virtual host, then waits until the
/// service under test holds them in its copy, so a test's next request meets the registry it set up.
/// </summary>
public sealed class RegistryPublisher : IAsyncDisposable
{
    private readonly IBusControl _bus;
    private readonly IServiceProvider _service;
    private long _revision;

    private RegistryPublisher(IBusControl bus, IServiceProvider service)
    {
        _bus = bus;
        _service = service;
    }

    public static async Task<RegistryPublisher> StartAsync(string amqpConnectionString, IServiceProvider service)
    {
        var bus = Bus.Factory.CreateUsingRabbitMq(rabbit => rabbit.Host(new Uri(amqpConnectionString)));
        await bus.StartAsync();
        return new RegistryPublisher(bus, service);
    }

    public Task StationAsync(string code, UnitPath unit, string name) =>
        PublishAsync(RegistryKind.Station, code, r => new StationRegistered(code, unit, name, r, DateTimeOffset.UtcNow));

    public Task TeamAsync(string code, UnitPath unit, string name, params string[] members) =>
        PublishAsync(RegistryKind.Team, code, r => new TeamRegistered(code, unit, name, members, r, DateTimeOffset.UtcNow));

    public Task MembersAsync(string code, UnitPath unit, params string[] members) =>
        PublishAsync(RegistryKind.Team, code, r => new TeamMembersChanged(code, unit, members, r, DateTimeOffset.UtcNow));

    public Task DisbandAsync(string code, UnitPath unit) =>
        PublishAsync(RegistryKind.Team, code, r => new TeamDisbanded(code, unit, r, DateTimeOffset.UtcNow));

    public Task MachineAsync(string id, UnitPath unit, string name, string? teamCode = null, string? stationCode = null) =>
        PublishAsync(RegistryKind.Machine, id, r => new MachineRegistered(id, unit, teamCode, stationCode, name, r, DateTimeOffset.UtcNow));

    public Task RetireAsync(string id, UnitPath unit) =>
        PublishAsync(RegistryKind.Machine, id, r => new MachineRetired(id, unit, r, DateTimeOffset.UtcNow));

    /// <summary>Waits until the service's copy holds this revision of the entry, or a later one.</summary>
    public async Task UntilCopiedAsync(RegistryKind kind, string code, long revision) =>
        await Eventually.HoldsAsync(async () =>
        {
            await using var scope = _service.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<DbContext>().Set<RegistryEntry>()
                .AnyAsync(e => e.Kind == kind && e.Code == code && e.Revision >= revision);
        });

    private async Task PublishAsync<T>(RegistryKind kind, string code, Func<long, T> create) where T : class
    {
        var revision = Interlocked.Increment(ref _revision);
        await _bus.Publish(create(revision), context => context.MessageId = Guid.NewGuid());
        await UntilCopiedAsync(kind, code, revision);
    }

    public async ValueTask DisposeAsync() => await _bus.StopAsync();
}
