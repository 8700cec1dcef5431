using System.Linq.Expressions;
using CccdPlatform.Contracts;
using CccdPlatform.Reporting.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CccdPlatform.Reporting.Infrastructure;

internal static class Lengths
{
    public const int UnitCode = 5;
    public const int Name = 64;
    public const int Code = 64;
    public const int Map = 16;

    /// <summary>The map of a row's unit codes, by name (rows written before there were two maps are ThreeTier2023).</summary>
    public static void HasMap<T>(this EntityTypeBuilder<T> entity, Expression<Func<T, UnitMap>> map) where T : class =>
        entity.Property(map).HasConversion<string>().HasMaxLength(Map);
}

internal sealed class StoredEventConfiguration : IEntityTypeConfiguration<StoredEvent>
{
    public void Configure(EntityTypeBuilder<StoredEvent> stored)
    {
        stored.ToTable("StoredEvents");
        stored.HasKey(e => e.Sequence);
        stored.Property(e => e.Sequence).ValueGeneratedOnAdd();
        stored.HasIndex(e => e.MessageId).IsUnique();
        stored.Property(e => e.Type).HasMaxLength(200);
    }
}

internal sealed class PendingEventConfiguration : IEntityTypeConfiguration<PendingEvent>
{
    public void Configure(EntityTypeBuilder<PendingEvent> pending)
    {
        // No foreign key to StoredEvents: SQL Server's OUTPUT INTO, which fills this table, refuses one.
        pending.ToTable("PendingEvents");
        pending.HasKey(e => e.Sequence);
        pending.Property(e => e.Sequence).ValueGeneratedNever();
    }
}

internal sealed class ProjectorStateConfiguration : IEntityTypeConfiguration<ProjectorState>
{
    public void Configure(EntityTypeBuilder<ProjectorState> state)
    {
        state.ToTable("ProjectorStates");
        state.HasKey(s => s.Id);
        state.Property(s => s.Id).ValueGeneratedNever();
        state.HasData(new ProjectorState { Id = ProjectorState.TheOne });
    }
}

internal sealed class ApplicationStateConfiguration : IEntityTypeConfiguration<ApplicationState>
{
    public void Configure(EntityTypeBuilder<ApplicationState> application)
    {
        application.ToTable("ApplicationStates");
        application.HasKey(a => a.ApplicationId);
        application.HasMap(a => a.Map);
        application.Property(a => a.ProvinceCode).HasMaxLength(Lengths.UnitCode);
        application.Property(a => a.DistrictCode).HasMaxLength(Lengths.UnitCode);
        application.Property(a => a.CommuneCode).HasMaxLength(Lengths.UnitCode);
        application.Property(a => a.PermanentProvinceCode).HasMaxLength(Lengths.UnitCode);
        application.Property(a => a.Channel).HasMaxLength(Lengths.Name);
        application.Property(a => a.VisitType).HasMaxLength(Lengths.Name);
        application.Property(a => a.RequestKind).HasMaxLength(Lengths.Name);
        application.Property(a => a.TeamCode).HasMaxLength(Lengths.Code);
        application.Property(a => a.MachineId).HasMaxLength(Lengths.Code);
        application.Property(a => a.Status).HasMaxLength(Lengths.Name);
    }
}

internal sealed class UnitProgressConfiguration : IEntityTypeConfiguration<UnitProgress>
{
    public void Configure(EntityTypeBuilder<UnitProgress> progress)
    {
        progress.ToTable("UnitProgress");
        progress.HasKey(p => new { p.Map, p.UnitCode, p.Metric });
        progress.HasMap(p => p.Map);
        progress.Property(p => p.UnitCode).HasMaxLength(Lengths.UnitCode);
        progress.Property(p => p.Metric).HasMaxLength(Lengths.Name + 16);
    }
}

internal sealed class DailyProgressConfiguration : IEntityTypeConfiguration<DailyProgress>
{
    public void Configure(EntityTypeBuilder<DailyProgress> daily)
    {
        daily.ToTable("DailyProgress");
        daily.HasKey(p => new { p.Map, p.UnitCode, p.Day, p.Metric });
        daily.HasMap(p => p.Map);
        daily.Property(p => p.UnitCode).HasMaxLength(Lengths.UnitCode);
        daily.Property(p => p.Metric).HasMaxLength(Lengths.Name + 16);
    }
}

internal sealed class TeamDailyProgressConfiguration : IEntityTypeConfiguration<TeamDailyProgress>
{
    public void Configure(EntityTypeBuilder<TeamDailyProgress> team)
    {
        team.ToTable("TeamDailyProgress");
        team.HasKey(p => new { p.Map, p.UnitCode, p.Day, p.Kind, p.Code });
        team.HasMap(p => p.Map);
        team.Property(p => p.UnitCode).HasMaxLength(Lengths.UnitCode);
        team.Property(p => p.Kind).HasMaxLength(16);
        team.Property(p => p.Code).HasMaxLength(Lengths.Code);
    }
}

internal sealed class KnownUnitConfiguration : IEntityTypeConfiguration<KnownUnit>
{
    public void Configure(EntityTypeBuilder<KnownUnit> unit)
    {
        unit.ToTable("KnownUnits");
        unit.HasKey(u => new { u.Map, u.Code });
        unit.HasMap(u => u.Map);
        unit.Property(u => u.Code).HasMaxLength(Lengths.UnitCode);
        unit.Property(u => u.ProvinceCode).HasMaxLength(Lengths.UnitCode);
        unit.Property(u => u.DistrictCode).HasMaxLength(Lengths.UnitCode);
        unit.Property(u => u.CommuneCode).HasMaxLength(Lengths.UnitCode);
        unit.HasIndex(u => new { u.Map, u.ProvinceCode });
        unit.HasIndex(u => new { u.Map, u.DistrictCode });
    }
}

internal sealed class CommuneRosterConfiguration : IEntityTypeConfiguration<CommuneRoster>
{
    public void Configure(EntityTypeBuilder<CommuneRoster> roster)
    {
        roster.ToTable("CommuneRosters");
        roster.HasKey(r => new { r.Map, r.CommuneCode });
        roster.HasMap(r => r.Map);
        roster.Property(r => r.CommuneCode).HasMaxLength(Lengths.UnitCode);
    }
}

internal sealed class EIdAccountStateConfiguration : IEntityTypeConfiguration<EIdAccountState>
{
    public void Configure(EntityTypeBuilder<EIdAccountState> account)
    {
        account.ToTable("EIdAccountStates");
        account.HasKey(a => a.AccountId);
        account.HasMap(a => a.Map);
        account.Property(a => a.ProvinceCode).HasMaxLength(Lengths.UnitCode);
        account.Property(a => a.DistrictCode).HasMaxLength(Lengths.UnitCode);
        account.Property(a => a.CommuneCode).HasMaxLength(Lengths.UnitCode);
        account.Property(a => a.State).HasMaxLength(Lengths.Name);
    }
}

internal sealed class EIdDeadlineBreachConfiguration : IEntityTypeConfiguration<EIdDeadlineBreach>
{
    public void Configure(EntityTypeBuilder<EIdDeadlineBreach> breach)
    {
        breach.ToTable("EIdDeadlineBreaches");
        breach.HasKey(b => b.RequestId);
        breach.Property(b => b.UnitCode).HasMaxLength(Lengths.UnitCode);
    }
}

internal sealed class UnitTargetConfiguration : IEntityTypeConfiguration<UnitTarget>
{
    public void Configure(EntityTypeBuilder<UnitTarget> target)
    {
        target.ToTable("UnitTargets");
        target.HasKey(t => new { t.Map, t.UnitCode });
        target.HasMap(t => t.Map);
        target.Property(t => t.UnitCode).HasMaxLength(Lengths.UnitCode);
        target.Property(t => t.SetBy).HasMaxLength(200);
    }
}

internal sealed class CampaignWindowConfiguration : IEntityTypeConfiguration<CampaignWindow>
{
    public void Configure(EntityTypeBuilder<CampaignWindow> campaign)
    {
        campaign.ToTable("CampaignWindows");
        campaign.HasKey(c => c.Id);
        campaign.Property(c => c.Name).HasMaxLength(200);
        campaign.Property(c => c.UnitCode).HasMaxLength(Lengths.UnitCode);
        campaign.Property(c => c.CreatedBy).HasMaxLength(200);
        campaign.HasIndex(c => c.UnitCode);
    }
}
