using CccdPlatform.Contracts.EIdentification;
using CccdPlatform.Contracts.Intake;
using CccdPlatform.Reporting.Infrastructure;
using MassTransit;

namespace CccdPlatform.Reporting.Consumers;

/// <summary>
/// Keeps every event reporting needs; the projector turns them into figures. Events arrive in batches, each stored
/// in one statement that skips those already stored, so a redelivery is stored once without the inbox, and storing
/// touches no shared row: batches never queue behind each other on the province's counters.
/// </summary>
public sealed class EventLogConsumer(ReportingDbContext db, TimeProvider clock) :
    IConsumer<Batch<ApplicationReceived>>,
    IConsumer<Batch<ApplicationStatusChanged>>,
    IConsumer<Batch<RosterImported>>,
    IConsumer<Batch<AccountRequested>>,
    IConsumer<Batch<AccountCreated>>,
    IConsumer<Batch<AccountActivated>>,
    IConsumer<Batch<AccountUpgraded>>,
    IConsumer<Batch<AccountLocked>>,
    IConsumer<Batch<AccountUnlocked>>,
    IConsumer<Batch<DeadlineBreached>>
{
    /// <summary>Every event type reporting takes arrives on this one queue.</summary>
    public const string Queue = "reporting-event-log";

    public Task Consume(ConsumeContext<Batch<ApplicationReceived>> context) => EventLog.AppendAsync(db, context, clock);

    public Task Consume(ConsumeContext<Batch<ApplicationStatusChanged>> context) => EventLog.AppendAsync(db, context, clock);

    public Task Consume(ConsumeContext<Batch<RosterImported>> context) => EventLog.AppendAsync(db, context, clock);

    public Task Consume(ConsumeContext<Batch<AccountRequested>> context) => EventLog.AppendAsync(db, context, clock);

    public Task Consume(ConsumeContext<Batch<AccountCreated>> context) => EventLog.AppendAsync(db, context, clock);

    public Task Consume(ConsumeContext<Batch<AccountActivated>> context) => EventLog.AppendAsync(db, context, clock);

    public Task Consume(ConsumeContext<Batch<AccountUpgraded>> context) => EventLog.AppendAsync(db, context, clock);

    public Task Consume(ConsumeContext<Batch<AccountLocked>> context) => EventLog.AppendAsync(db, context, clock);

    public Task Consume(ConsumeContext<Batch<AccountUnlocked>> context) => EventLog.AppendAsync(db, context, clock);

    public Task Consume(ConsumeContext<Batch<DeadlineBreached>> context) => EventLog.AppendAsync(db, context, clock);
}
