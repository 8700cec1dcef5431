using System.Security.Claims;
using CccdPlatform.ServiceDefaults.Audit;
using CccdPlatform.ServiceDefaults.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CccdPlatform.ServiceDefaults.Registry;

/// <summary>
/// The registry's rule for work (applications, batches, captures), against the service's copy: it comes from a
/// registered, active machine of the caller's unit (or a unit under it), and the team it is done for (the one named,
/// else the machine's) is registered, active and has the caller among its members. One instance per request, which
/// remembers what it looked up, since a batch names the same machine and team many times.
/// </summary>
public sealed class Workplaces(DbContext db, IOptions<RegistryOptions> options)
{
    private readonly Dictionary<(RegistryKind, string), RegistryEntry?> _entries = [];

    public bool Enforced => options.Value.Enforce;

    /// <summary>Checks the machine the body names and the one in <c>X-Machine-Id</c>, each when given.</summary>
    public async Task<WorkplaceRefusal?> CheckAsync(
        ClaimsPrincipal user, HttpContext http, string? machineId, string? teamCode, CancellationToken cancellationToken)
    {
        if (!Enforced)
        {
            return null;
        }

        var header = http.Request.Headers[AuditTrail.MachineHeader].ToString();
        var machines = new[] { machineId, header }.Where(m => !string.IsNullOrWhiteSpace(m)).Select(m => m!.Trim()).Distinct().ToList();
        if (machines.Count == 0)
        {
            return new WorkplaceRefusal("machineId", "No reception machine named.",
                "Work is accepted only from a registered machine: name it in machineId or the X-Machine-Id header.");
        }

        RegistryEntry? first = null;
        foreach (var id in machines)
        {
            var machine = await FindAsync(RegistryKind.Machine, id, cancellationToken);
            if (MachineRefusal(user, id, machine) is { } refusal)
            {
                return refusal;
            }

            first ??= machine;
        }

        return await CheckTeamAsync(user, string.IsNullOrWhiteSpace(teamCode) ? first!.TeamCode : teamCode.Trim(), cancellationToken);
    }

    private static WorkplaceRefusal? MachineRefusal(ClaimsPrincipal user, string id, RegistryEntry? machine)
    {
        if (machine is null)
        {
            return new WorkplaceRefusal("machineId", "Unknown machine.", $"Machine {id} is not registered.");
        }

        if (!machine.Active)
        {
            return new WorkplaceRefusal("machineId", "Retired machine.",
                $"Machine {id} was retired on {machine.ChangedAt:yyyy-MM-dd}: it may not submit work.");
        }

        return user.Covers(machine.Unit)
            ? null
            : new WorkplaceRefusal("machineId", "Machine of another unit.",
                $"Machine {id} belongs to unit {machine.UnitCode}, which is neither your unit nor a unit under it.");
    }

    private async Task<WorkplaceRefusal?> CheckTeamAsync(ClaimsPrincipal user, string? teamCode, CancellationToken cancellationToken)
    {
        if (teamCode is null)
        {
            return null;
        }

        var team = await FindAsync(RegistryKind.Team, teamCode, cancellationToken);
        if (team is null)
        {
            return new WorkplaceRefusal("teamCode", "Unknown team.", $"Team {teamCode} is not registered.");
        }

        if (!team.Active)
        {
            return new WorkplaceRefusal("teamCode", "Disbanded team.", $"Team {teamCode} was disbanded: work may not name it.");
        }

        return team.Members.Contains(user.SubjectOf())
            ? null
            : new WorkplaceRefusal("teamCode", $"Not a member of team {teamCode}.",
                $"You ({user.SubjectOf()}) are not a member of team {teamCode}.");
    }

    private async Task<RegistryEntry?> FindAsync(RegistryKind kind, string code, CancellationToken cancellationToken)
    {
        if (!_entries.TryGetValue((kind, code), out var entry))
        {
            entry = await db.Set<RegistryEntry>().AsNoTracking()
                .FirstOrDefaultAsync(e => e.Kind == kind && e.Code == code, cancellationToken);
            _entries[(kind, code)] = entry;
        }

        return entry;
    }
}
