using System.Data.Common;
using CccdPlatform.Reporting.Projections;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CccdPlatform.Reporting.Infrastructure;

/// <summary>
/// Wakes the projector when a transaction commits (a consumer's commit is what makes a stored event visible), so an
/// event is projected within milliseconds rather than at the next poll.
/// </summary>
public sealed class ProjectionWakeUp(ProjectionSignal signal) : DbTransactionInterceptor
{
    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => signal.Notify();

    public override Task TransactionCommittedAsync(
        DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        signal.Notify();
        return Task.CompletedTask;
    }
}
