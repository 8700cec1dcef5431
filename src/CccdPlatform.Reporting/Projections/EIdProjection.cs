using CccdPlatform.Contracts;
using CccdPlatform.Contracts.EIdentification;
using CccdPlatform.Domain;
using CccdPlatform.Reporting.Infrastructure;
using CccdPlatform.Reporting.Model;
using CccdPlatform.ServiceDefaults;
using Microsoft.EntityFrameworkCore;

namespace CccdPlatform.Reporting.Projections;

/// <summary>
/// Folds e-identification's events into <see cref="EIdAccountState"/> rows: level and state as of the highest account
/// version heard of, so events may come late or twice. Accounts count by level once created, by state from the
/// request on; a breached deadline counts once per request.
/// </summary>
public static class EIdProjection
{
    public static async Task ApplyAsync(ReportingDbContext db, IReadOnlyList<object> messages, CounterDeltas deltas, CancellationToken cancellationToken)
    {
        var changes = messages.Select(Change).OfType<AccountChange>().ToList();
        var breaches = messages.OfType<DeadlineBreached>().ToList();
        if (changes.Count > 0)
        {
            var ids = changes.Select(c => c.AccountId).Distinct().ToList();
            var accounts = await db.EIdAccountStates.Where(a => ids.Contains(a.AccountId)).ToDictionaryAsync(a => a.AccountId, cancellationToken);
            foreach (var change in changes)
            {
                Apply(db, accounts, change, deltas);
            }
        }

        if (breaches.Count > 0)
        {
            var ids = breaches.Select(b => b.RequestId).Distinct().ToList();
            var known = (await db.EIdDeadlineBreaches.Where(b => ids.Contains(b.RequestId)).Select(b => b.RequestId).ToListAsync(cancellationToken)).ToHashSet();
            foreach (var breach in breaches.Where(b => known.Add(b.RequestId)))
            {
                db.EIdDeadlineBreaches.Add(new EIdDeadlineBreach
                {
                    RequestId = breach.RequestId,
                    UnitCode = breach.RequestingUnit.CommuneCode ?? breach.RequestingUnit.DistrictCode ?? breach.RequestingUnit.ProvinceCode,
                    DetectedAt = breach.DetectedAt.ToUniversalTime(),
                });
                var map = EventMaps.Of(breach);
                foreach (var unit in breach.RequestingUnit.SelfAndAncestors())
                {
                    deltas.Unit(map, unit, Metrics.EIdDeadlinesBreached, 1);
                }
            }
        }
    }

    /// <summary>The account as an event leaves it, and its creation time when the event is the creation.</summary>
    private sealed record AccountChange(Guid AccountId, UnitPath Unit, int Level, string State, int Version, DateTimeOffset? CreatedAt)
    {
        public UnitMap Map { get; init; }
    }

    private static AccountChange? Change(object message) => RawChange(message) is { } change ? change with { Map = EventMaps.Of(message) } : null;

    private static AccountChange? RawChange(object message) => message switch
    {
        AccountRequested e => new(e.AccountId, e.Unit, e.Level, e.State, e.AccountVersion, null),
        AccountCreated e => new(e.AccountId, e.Unit, e.Level, e.State, e.AccountVersion, e.CreatedAt),
        AccountActivated e => new(e.AccountId, e.Unit, e.Level, e.State, e.AccountVersion, null),
        AccountUpgraded e => new(e.AccountId, e.Unit, e.Level, e.State, e.AccountVersion, null),
        AccountLocked e => new(e.AccountId, e.Unit, e.Level, e.State, e.AccountVersion, null),
        AccountUnlocked e => new(e.AccountId, e.Unit, e.Level, e.State, e.AccountVersion, null),
        _ => null,
    };

    private static void Apply(ReportingDbContext db, Dictionary<Guid, EIdAccountState> accounts, AccountChange change, CounterDeltas deltas)
    {
        if (!accounts.TryGetValue(change.AccountId, out var account))
        {
            account = new EIdAccountState { AccountId = change.AccountId, ProvinceCode = change.Unit.ProvinceCode, State = change.State, Version = -1 };
            db.EIdAccountStates.Add(account);
            accounts[change.AccountId] = account;
        }
        else
        {
            Contribute(account, -1, deltas);
        }

        if (change.Version > account.Version)
        {
            account.Map = change.Map;
            account.ProvinceCode = change.Unit.ProvinceCode;
            account.DistrictCode = change.Unit.DistrictCode;
            account.CommuneCode = change.Unit.CommuneCode;
            account.Level = change.Level;
            account.State = change.State;
            account.Version = change.Version;
        }

        if (change.CreatedAt is { } created)
        {
            account.CreatedOn ??= VietnamTime.DateOf(created);
        }

        Contribute(account, +1, deltas);
    }

    private static void Contribute(EIdAccountState account, int sign, CounterDeltas deltas)
    {
        foreach (var unit in new UnitPath(account.ProvinceCode, account.DistrictCode, account.CommuneCode).SelfAndAncestors())
        {
            deltas.Unit(account.Map, unit, Metrics.EIdState(account.State), sign);
            if (account.State != Metrics.EIdRequested || account.CreatedOn is not null)
            {
                deltas.Unit(account.Map, unit, Metrics.EIdLevel(account.Level), sign);
            }

            if (account.CreatedOn is { } day)
            {
                deltas.Day(account.Map, unit, day, Metrics.EIdCreated, sign);
            }
        }
    }
}
