using CccdPlatform.Contracts.EIdentification;
using CccdPlatform.Contracts.Intake;
using CccdPlatform.Reporting.Infrastructure;
using MassTransit;

namespace CccdPlatform.Reporting.Consumers;

/// <summary>
/// Keeps every event reporting needs, in the inbox's transaction; the projector turns them into figures. Storing is
/// one insert with no shared row, so consumers never queue behind each other on the province's counters.
/// </summary>
public sealed class EventLogConsumer(ReportingDbContext db, TimeProvider clock) :
    IConsumer<ApplicationReceived>,
    IConsumer<ApplicationStatusChanged>,
    IConsumer<RosterImported>,
    IConsumer<AccountRequested>,
    IConsumer<AccountCreated>,
    IConsumer<AccountActivated>,
    IConsumer<AccountUpgraded>,
    IConsumer<AccountLocked>,
    IConsumer<AccountUnlocked>,
    IConsumer<DeadlineBreached>
{
    public Task Consume(ConsumeContext<ApplicationReceived> context) => EventLog.AppendAsync(db, context, clock);

    public Task Consume(ConsumeContext<ApplicationStatusChanged> context) => EventLog.AppendAsync(db, context, clock);

    public Task Consume(ConsumeContext<RosterImported> context) => EventLog.AppendAsync(db, context, clock);

    public Task Consume(ConsumeContext<AccountRequested> context) => EventLog.AppendAsync(db, context, clock);

    public Task Consume(ConsumeContext<AccountCreated> context) => EventLog.AppendAsync(db, context, clock);

    public Task Consume(ConsumeContext<AccountActivated> context) => EventLog.AppendAsync(db, context, clock);

    public Task Consume(ConsumeContext<AccountUpgraded> context) => EventLog.AppendAsync(db, context, clock);

    public Task Consume(ConsumeContext<AccountLocked> context) => EventLog.AppendAsync(db, context, clock);

    public Task Consume(ConsumeContext<AccountUnlocked> context) => EventLog.AppendAsync(db, context, clock);

    public Task Consume(ConsumeContext<DeadlineBreached> context) => EventLog.AppendAsync(db, context, clock);
}
