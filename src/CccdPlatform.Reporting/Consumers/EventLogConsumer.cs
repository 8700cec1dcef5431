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
    IConsumer<RosterImported>
{
    /// <summary>The queue: named for the service, since every event type reporting takes arrives on it.</summary>
    public const string EndpointName = "reporting-events";

    public Task Consume(ConsumeContext<ApplicationReceived> context) => EventLog.AppendAsync(db, context, clock);

    public Task Consume(ConsumeContext<ApplicationStatusChanged> context) => EventLog.AppendAsync(db, context, clock);

    public Task Consume(ConsumeContext<RosterImported> context) => EventLog.AppendAsync(db, context, clock);
}
