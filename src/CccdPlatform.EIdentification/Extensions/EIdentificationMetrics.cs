using System.Diagnostics;
using System.Diagnostics.Metrics;
using CccdPlatform.EIdentification.Infrastructure;
using CccdPlatform.EIdentification.Model;
using Microsoft.EntityFrameworkCore;

namespace CccdPlatform.EIdentification.Extensions;

/// <summary>
/// E-identification's business metrics. Counters are recorded once the change they count has committed; the accounts
/// by level and state are counted in the database at most once per <see cref="CensusInterval"/>, and only while
/// someone collects the metrics, never once per collection.
/// </summary>
public sealed class EIdentificationMetrics
{
    public const string MeterName = "CccdPlatform.EIdentification";
    public const string Requests = "cccd.eid.requests";
    public const string AccountsCreated = "cccd.eid.accounts.created";
    public const string AccountsUpgraded = "cccd.eid.accounts.upgraded";
    public const string DeadlineBreaches = "cccd.eid.deadline.breaches";
    public const string Accounts = "cccd.eid.accounts";

    public static readonly TimeSpan CensusInterval = TimeSpan.FromMinutes(1);

    private readonly Counter<long> _requests;
    private readonly Counter<long> _created;
    private readonly Counter<long> _upgraded;
    private readonly Counter<long> _breaches;
    private readonly IServiceScopeFactory _scopes;
    private readonly TimeProvider _clock;
    private readonly ILogger<EIdentificationMetrics> _logger;
    private IReadOnlyList<Measurement<long>> _census = [];
    private long _nextCensus;
    private int _counting;

    public EIdentificationMetrics(
        IMeterFactory meters, IServiceScopeFactory scopes, TimeProvider clock, ILogger<EIdentificationMetrics> logger)
    {
        (_scopes, _clock, _logger) = (scopes, clock, logger);
        var meter = meters.Create(MeterName);
        _requests = meter.CreateCounter<long>(Requests, "{request}", "eID account requests by level asked for and kind (NewAccount, Upgrade).");
        _created = meter.CreateCounter<long>(AccountsCreated, "{account}", "eID accounts created (code sent), by level.");
        _upgraded = meter.CreateCounter<long>(AccountsUpgraded, "{account}", "Level 1 eID accounts upgraded to level 2.");
        _breaches = meter.CreateCounter<long>(DeadlineBreaches, "{request}", "Requests not fulfilled by their legal deadline, by level and kind.");
        meter.CreateObservableGauge(Accounts, ObserveAccounts, "{account}", "eID accounts by level and state, counted at most once a minute.");
    }

    public void Requested(int level, RequestKind kind) => _requests.Add(1, Level(level), Kind(kind));

    public void Created(int level) => _created.Add(1, Level(level));

    public void Upgraded() => _upgraded.Add(1);

    public void Breached(int level, RequestKind kind) => _breaches.Add(1, Level(level), Kind(kind));

    private static KeyValuePair<string, object?> Level(int level) => new("cccd.eid.level", level);

    private static KeyValuePair<string, object?> Kind(RequestKind kind) => new("cccd.eid.request_kind", kind.ToString());

    private IEnumerable<Measurement<long>> ObserveAccounts()
    {
        if (_clock.GetTimestamp() >= Volatile.Read(ref _nextCensus) && Interlocked.Exchange(ref _counting, 1) == 0)
        {
            _ = Task.Run(CountAccountsAsync);
        }

        return Volatile.Read(ref _census);
    }

    private async Task CountAccountsAsync()
    {
        // Not part of whatever trace the collection ran in, and no trace of its own (see PollingWorker).
        Activity.Current = null;
        try
        {
            await using var scope = _scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<EIdentificationDbContext>();
            var rows = await db.Accounts.GroupBy(a => new { a.Level, a.State })
                .Select(g => new { g.Key.Level, g.Key.State, Count = g.LongCount() })
                .ToListAsync();
            Volatile.Write(ref _census, rows
                .Select(r => new Measurement<long>(r.Count, Level(r.Level), new("cccd.eid.state", r.State.ToString())))
                .ToList());
        }
        catch (Exception exception)
        {
            _logger.LogWarning(exception, "Counting eID accounts by state failed; the last count stands");
        }
        finally
        {
            Volatile.Write(ref _nextCensus, _clock.GetTimestamp() + (long)(CensusInterval.TotalSeconds * _clock.TimestampFrequency));
            Volatile.Write(ref _counting, 0);
        }
    }
}
