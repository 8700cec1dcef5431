using CccdPlatform.Contracts;
using CccdPlatform.Contracts.Registry;
using CccdPlatform.Domain;
using CccdPlatform.Identity.Infrastructure;
using CccdPlatform.Identity.Model;
using CccdPlatform.ServiceDefaults.Messaging;
using CccdPlatform.ServiceDefaults.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CccdPlatform.Identity.Registry;

/// <summary>
/// The registry's decisions, for the API: an Admin registers and ends stations, teams and machines of their unit and
/// the units under it (the officer-management rule, <see cref="AccountRules"/>); a Supervisor sees their own unit's.
/// A change bumps the item's revision and commits with its event in the outbox and its audit entry; a request asking
/// for what is already there changes and publishes nothing.
/// </summary>
public sealed class RegistryChanges(
    IdentityServiceDbContext db, UnitMaps maps, AccountAudit audit, TeamMembership membership, TimeProvider clock)
{
    public const string StationAction = "identity.registry.station";
    public const string TeamAction = "identity.registry.team";
    public const string TeamDisbandedAction = "identity.registry.team.disbanded";
    public const string MachineAction = "identity.registry.machine";
    public const string MachineRetiredAction = "identity.registry.machine.retired";

    /// <summary>What the viewer sees, or null when they see nothing of the registry.</summary>
    public async Task<IReadOnlyList<T>?> ListAsync<T>(Manager viewer, CancellationToken cancellationToken) where T : class, IRegistryItem
    {
        if (maps.Locate(viewer.UnitCode) is not { } unit || !AccountRules.Sees(viewer.Role, viewer.UnitCode, unit, maps))
        {
            return null;
        }

        // As for officers, the unit tree decides; the registry of a province is small.
        var items = await db.Set<T>().AsNoTracking().ToListAsync(cancellationToken);
        return items.Where(i => Sees(viewer, i)).OrderBy(i => i.Code, StringComparer.Ordinal).ToList();
    }

    public async Task<T?> FindAsync<T>(Manager viewer, string code, CancellationToken cancellationToken) where T : class, IRegistryItem =>
        await db.Set<T>().FindAsync([code], cancellationToken) is { } item && Sees(viewer, item)
            ? item
            : null;

    public async Task<RegistryOutcome<Station>> PutStationAsync(Manager manager, string code, StationForm form, CancellationToken cancellationToken)
    {
        var station = await db.Set<Station>().FindAsync([code], cancellationToken);
        if (await RefusalAsync<Station>(manager, StationAction, code, station?.UnitCode, form.UnitCode!, cancellationToken) is { } refused)
        {
            return refused;
        }

        var name = form.Name!.Trim();
        if (station is not null && station.UnitCode == form.UnitCode && station.Name == name)
        {
            return new(RegistryOutcomeKind.Unchanged, station);
        }

        var created = station is null;
        station ??= db.Add(new Station { Code = code, UnitCode = form.UnitCode!, Name = name }).Entity;
        station.UnitCode = form.UnitCode!;
        station.Name = name;
        var at = Bump(station);
        return await SaveAsync(manager, StationAction, station, created,
            new StationRegistered(code, PathOf(station.UnitCode), name, station.Revision, at), cancellationToken);
    }

    public async Task<RegistryOutcome<Team>> PutTeamAsync(Manager manager, string code, TeamForm form, CancellationToken cancellationToken)
    {
        var team = await db.Set<Team>().FindAsync([code], cancellationToken);
        if (await RefusalAsync<Team>(manager, TeamAction, code, team?.UnitCode, form.UnitCode!, cancellationToken) is { } refused)
        {
            return refused;
        }

        if (team?.DisbandedAt is not null)
        {
            return new(RegistryOutcomeKind.Conflict, team, Detail: $"Team {code} was disbanded: it is not registered again.");
        }

        var members = form.MemberSubjects!.Select(s => s.Trim()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (await membership.ErrorsAsync(form.UnitCode!, members, cancellationToken) is { } errors)
        {
            return new(RegistryOutcomeKind.Invalid, Errors: errors);
        }

        var name = form.Name!.Trim();
        var sameEntry = team is not null && team.UnitCode == form.UnitCode && team.Name == name;
        if (sameEntry && team!.MemberSubjects.SequenceEqual(members, StringComparer.Ordinal))
        {
            return new(RegistryOutcomeKind.Unchanged, team);
        }

        var created = team is null;
        team ??= db.Add(new Team { Code = code, UnitCode = form.UnitCode!, Name = name }).Entity;
        (team.UnitCode, team.Name, team.MemberSubjects) = (form.UnitCode!, name, members);
        var at = Bump(team);
        var unit = PathOf(team.UnitCode);
        // Only members changed: the smaller event says so; anything else restates the whole team.
        return sameEntry
            ? await SaveAsync(manager, TeamAction, team, created, new TeamMembersChanged(code, unit, members, team.Revision, at), cancellationToken)
            : await SaveAsync(manager, TeamAction, team, created, new TeamRegistered(code, unit, name, members, team.Revision, at), cancellationToken);
    }

    public async Task<RegistryOutcome<Machine>> PutMachineAsync(Manager manager, string id, MachineForm form, CancellationToken cancellationToken)
    {
        var machine = await db.Set<Machine>().FindAsync([id], cancellationToken);
        if (await RefusalAsync<Machine>(manager, MachineAction, id, machine?.UnitCode, form.UnitCode!, cancellationToken) is { } refused)
        {
            return refused;
        }

        if (machine?.RetiredAt is not null)
        {
            return new(RegistryOutcomeKind.Conflict, machine, Detail: $"Machine {id} was retired: it is not registered again.");
        }

        var (unitCode, name) = (form.UnitCode!, form.Name!.Trim());
        var (teamCode, stationCode) = (Blank(form.TeamCode), Blank(form.StationCode));
        if (await PlaceErrorsAsync(unitCode, teamCode, stationCode, cancellationToken) is { } errors)
        {
            return new(RegistryOutcomeKind.Invalid, Errors: errors);
        }

        if (machine is not null && (machine.UnitCode, machine.Name, machine.TeamCode, machine.StationCode) == (unitCode, name, teamCode, stationCode))
        {
            return new(RegistryOutcomeKind.Unchanged, machine);
        }

        var created = machine is null;
        machine ??= db.Add(new Machine { Code = id, UnitCode = unitCode, Name = name }).Entity;
        (machine.UnitCode, machine.Name, machine.TeamCode, machine.StationCode) = (unitCode, name, teamCode, stationCode);
        var at = Bump(machine);
        return await SaveAsync(manager, MachineAction, machine, created,
            new MachineRegistered(id, PathOf(unitCode), teamCode, stationCode, name, machine.Revision, at), cancellationToken);
    }

    public Task<RegistryOutcome<Team>> DisbandTeamAsync(Manager manager, string code, CancellationToken cancellationToken) =>
        EndAsync<Team, TeamDisbanded>(manager, code, TeamDisbandedAction, t => t.DisbandedAt is not null, (t, at) =>
        {
            t.DisbandedAt = at;
            return new TeamDisbanded(code, PathOf(t.UnitCode), t.Revision, at);
        }, cancellationToken);

    public Task<RegistryOutcome<Machine>> RetireMachineAsync(Manager manager, string id, CancellationToken cancellationToken) =>
        EndAsync<Machine, MachineRetired>(manager, id, MachineRetiredAction, m => m.RetiredAt is not null, (m, at) =>
        {
            m.RetiredAt = at;
            return new MachineRetired(id, PathOf(m.UnitCode), m.Revision, at);
        }, cancellationToken);

    private async Task<RegistryOutcome<T>> EndAsync<T, TEvent>(Manager manager, string code, string action,
        Func<T, bool> ended, Func<T, DateTimeOffset, TEvent> end, CancellationToken cancellationToken)
        where T : class, IRegistryItem
        where TEvent : class
    {
        var item = await db.Set<T>().FindAsync([code], cancellationToken);
        if (item is null || !Sees(manager, item))
        {
            return new(RegistryOutcomeKind.NotFound);
        }

        if (await RefusalAsync<T>(manager, action, code, item.UnitCode, item.UnitCode, cancellationToken) is { } refused)
        {
            return refused;
        }

        if (ended(item))
        {
            return new(RegistryOutcomeKind.Unchanged, item);
        }

        var at = Bump(item);
        return await SaveAsync(manager, action, item, created: false, end(item, at), cancellationToken);
    }

    /// <summary>A manager may change an item only where they manage both the unit it has and the one it gets.</summary>
    private async Task<RegistryOutcome<T>?> RefusalAsync<T>(Manager manager, string action, string code, string? unitNow,
        string unitAsked, CancellationToken cancellationToken) where T : class
    {
        if (!RegistryRules.IsCode(code))
        {
            return RegistryOutcome<T>.Invalid("code", RegistryRules.CodeMessage);
        }

        var outside = new[] { unitNow, unitAsked }.OfType<string>()
            .FirstOrDefault(u => !AccountRules.Manages(manager.Role, manager.UnitCode, Locate(u), maps));
        if (outside is null)
        {
            return null;
        }

        audit.Change(action, manager, code, StatusCodes.Status403Forbidden);
        await db.SaveChangesAsync(cancellationToken);
        return new(RegistryOutcomeKind.Forbidden, Detail: outside);
    }

    private async Task<RegistryOutcome<T>> SaveAsync<T, TEvent>(
        Manager manager, string action, T item, bool created, TEvent change, CancellationToken cancellationToken)
        where T : class, IRegistryItem
        where TEvent : class
    {
        db.AddOutboxMessage(change, clock);
        audit.Change(action, manager, item.Code, created ? StatusCodes.Status201Created : StatusCodes.Status200OK);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception is DbUpdateConcurrencyException || exception.IsUniqueViolation())
        {
            // Another request registered or changed the same item meanwhile: its revision went first.
            db.ChangeTracker.Clear();
            return new(RegistryOutcomeKind.Conflict, Detail: $"{item.Code} was changed by another request meanwhile; send yours again.");
        }

        return new(created ? RegistryOutcomeKind.Created : RegistryOutcomeKind.Changed, item);
    }

    private async Task<Dictionary<string, string[]>?> PlaceErrorsAsync(string unitCode, string? teamCode, string? stationCode,
        CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (teamCode is not null && await db.Set<Team>().AsNoTracking().FirstOrDefaultAsync(t => t.Code == teamCode, cancellationToken) is var team
            && (team is null || team.DisbandedAt is not null || team.UnitCode != unitCode))
        {
            errors["teamCode"] = [$"Team {teamCode} is not a registered, active team of unit {unitCode}."];
        }

        if (stationCode is not null && await db.Set<Station>().AsNoTracking().FirstOrDefaultAsync(s => s.Code == stationCode, cancellationToken) is var station
            && (station is null || station.UnitCode != unitCode))
        {
            errors["stationCode"] = [$"Station {stationCode} is not a registered station of unit {unitCode}."];
        }

        return errors.Count == 0 ? null : errors;
    }

    private bool Sees(Manager viewer, IRegistryItem item) =>
        maps.Locate(item.UnitCode) is { } unit && AccountRules.Sees(viewer.Role, viewer.UnitCode, unit, maps);

    private UnitPath PathOf(string unitCode) => Locate(unitCode).Path;

    private LocatedUnit Locate(string unitCode) =>
        maps.Locate(unitCode) ?? throw new InvalidOperationException($"Unit {unitCode} is not in either unit list.");

    private DateTimeOffset Bump(IRegistryItem item)
    {
        item.Revision++;
        item.ChangedAt = clock.GetUtcNow();
        return item.ChangedAt;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
