using CccdPlatform.Reporting.Model;
using CccdPlatform.ServiceDefaults.Messaging;
using CccdPlatform.ServiceDefaults.Registry;
using Microsoft.EntityFrameworkCore;

namespace CccdPlatform.Reporting.Infrastructure;

/// <summary>
/// Reporting's event store, its projections (rebuildable from the store) and its own data (targets, campaign windows).
/// Each provider has a subclass that owns its migrations.
/// </summary>
public abstract class ReportingDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<StoredEvent> StoredEvents => Set<StoredEvent>();
    public DbSet<PendingEvent> PendingEvents => Set<PendingEvent>();
    public DbSet<ProjectorState> ProjectorStates => Set<ProjectorState>();
    public DbSet<ApplicationState> ApplicationStates => Set<ApplicationState>();
    public DbSet<UnitProgress> UnitProgress => Set<UnitProgress>();
    public DbSet<DailyProgress> DailyProgress => Set<DailyProgress>();
    public DbSet<TeamDailyProgress> TeamDailyProgress => Set<TeamDailyProgress>();
    public DbSet<KnownUnit> KnownUnits => Set<KnownUnit>();
    public DbSet<CommuneRoster> CommuneRosters => Set<CommuneRoster>();
    public DbSet<EIdAccountState> EIdAccountStates => Set<EIdAccountState>();
    public DbSet<EIdDeadlineBreach> EIdDeadlineBreaches => Set<EIdDeadlineBreach>();
    public DbSet<UnitTarget> UnitTargets => Set<UnitTarget>();
    public DbSet<CampaignWindow> CampaignWindows => Set<CampaignWindow>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ReportingDbContext).Assembly);
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.AddRegistryCopy();
    }
}
