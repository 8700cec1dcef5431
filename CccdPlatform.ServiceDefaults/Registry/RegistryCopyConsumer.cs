using CccdPlatform.Contracts;
using CccdPlatform.Contracts.Registry;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace CccdPlatform.ServiceDefaults.Registry;

/// <summary>
/// Keeps the service's copy of the registry. Every event carries its entry's whole state and revision, and the copy
/// keeps the highest revision, so redelivered or reordered events leave the same copy (and the inbox spares the work).
/// </summary>
public sealed class RegistryCopyConsumer(DbContext db) :
    IConsumer<StationRegistered>,
    IConsumer<TeamRegistered>,
    IConsumer<TeamMembersChanged>,
    IConsumer<TeamDisbanded>,
    IConsumer<MachineRegistered>,
    IConsumer<MachineRetired>
{
    public Task Consume(ConsumeContext<StationRegistered> context)
    {
        var m = context.Message;
        return ApplyAsync(new Change(RegistryKind.Station, m.StationCode, m.Unit, m.Revision, m.RegisteredAt, m.Name), e =>
        {
            e.Name = m.Name;
            e.Active = true;
        }, context.CancellationToken);
    }

    public Task Consume(ConsumeContext<TeamRegistered> context)
    {
        var m = context.Message;
        return ApplyAsync(new Change(RegistryKind.Team, m.TeamCode, m.Unit, m.Revision, m.RegisteredAt, m.Name), e =>
        {
            e.Name = m.Name;
            e.Members = [.. m.MemberSubjects];
            e.Active = true;
        }, context.CancellationToken);
    }

    public Task Consume(ConsumeContext<TeamMembersChanged> context)
    {
        var m = context.Message;
        return ApplyAsync(new Change(RegistryKind.Team, m.TeamCode, m.Unit, m.Revision, m.ChangedAt, null),
            e =>
            {
                // A disbanded team's members never change again, so this team is active.
                e.Members = [.. m.MemberSubjects];
                e.Active = true;
            },
            context.CancellationToken);
    }

    public Task Consume(ConsumeContext<TeamDisbanded> context)
    {
        var m = context.Message;
        return ApplyAsync(new Change(RegistryKind.Team, m.TeamCode, m.Unit, m.Revision, m.DisbandedAt, null),
            e => e.Active = false, context.CancellationToken);
    }

    public Task Consume(ConsumeContext<MachineRegistered> context)
    {
        var m = context.Message;
        return ApplyAsync(new Change(RegistryKind.Machine, m.MachineId, m.Unit, m.Revision, m.RegisteredAt, m.Name), e =>
        {
            e.Name = m.Name;
            e.TeamCode = m.TeamCode;
            e.StationCode = m.StationCode;
            e.Active = true;
        }, context.CancellationToken);
    }

    public Task Consume(ConsumeContext<MachineRetired> context)
    {
        var m = context.Message;
        return ApplyAsync(new Change(RegistryKind.Machine, m.MachineId, m.Unit, m.Revision, m.RetiredAt, null),
            e => e.Active = false, context.CancellationToken);
    }

    private sealed record Change(RegistryKind Kind, string Code, UnitPath Unit, long Revision, DateTimeOffset At, string? Name);

    private async Task ApplyAsync(Change change, Action<RegistryEntry> apply, CancellationToken cancellationToken)
    {
        var entry = await db.Set<RegistryEntry>().FindAsync([change.Kind, change.Code], cancellationToken);
        if (entry is null)
        {
            entry = new RegistryEntry { Kind = change.Kind, Code = change.Code, ProvinceCode = change.Unit.ProvinceCode };
            db.Add(entry);
        }

        if (change.Revision > entry.Revision)
        {
            entry.ProvinceCode = change.Unit.ProvinceCode;
            entry.DistrictCode = change.Unit.DistrictCode;
            entry.CommuneCode = change.Unit.CommuneCode;
            apply(entry);
            entry.Revision = change.Revision;
            entry.ChangedAt = change.At;
        }
        else if (entry.Name is null && change.Name is not null)
        {
            // An older registration arriving after a later change still brings the name that change lacked.
            entry.Name = change.Name;
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
