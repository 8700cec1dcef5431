using CccdPlatform.Intake.Extensions;
using CccdPlatform.Intake.Model;
using CccdPlatform.ServiceDefaults.Audit;
using CccdPlatform.ServiceDefaults.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CccdPlatform.Intake.Infrastructure;

/// <summary>
/// Receives applications, one from a station or many from an offline batch, through the same rules: a resend of the
/// same work (Idempotency-Key or batch item) answers what the first sending created, a key reused for other work is
/// refused, and a citizen has at most one open application. The database keys decide races; this class says who won.
/// </summary>
public sealed class ApplicationReception(IntakeDbContext db, AuditTrail audit, IntakeMetrics metrics, TimeProvider clock)
{
    /// <summary>The applications a machine's earlier batches created, by client item id.</summary>
    public Task<Dictionary<string, Guid>> ReceivedItemsAsync(
        string machineId, IReadOnlyCollection<string> clientItemIds, CancellationToken cancellationToken) =>
        db.BatchItems.AsNoTracking()
            .Where(b => b.MachineId == machineId && clientItemIds.Contains(b.ClientItemId))
            .ToDictionaryAsync(b => b.ClientItemId, b => b.ApplicationId, cancellationToken);

    /// <summary>
    /// Receives every submission and says what became of each, in order. One is saved first and looked up only if a
    /// key refuses it (nearly every request is new); many are checked first and saved in one transaction, then one by
    /// one if a concurrent request got in meanwhile.
    /// </summary>
    public async Task<Reception[]> ReceiveAsync(IReadOnlyList<Submission> submissions, CancellationToken cancellationToken)
    {
        switch (submissions.Count)
        {
            case 0:
                return [];
            case 1:
                return [await ReceiveOneAsync(submissions[0], cancellationToken)];
        }

        var receptions = new Reception[submissions.Count];
        var accepted = new List<int>();
        var open = await OpenApplicationsAsync(submissions, cancellationToken);
        var resent = await ResentBatchItemsAsync(submissions, cancellationToken);
        for (var index = 0; index < submissions.Count; index++)
        {
            var (application, key) = submissions[index];
            if (key is ResendKey.BatchItem item && resent.TryGetValue(item.ClientItemId, out var firstId))
            {
                receptions[index] = new Reception(ReceptionOutcome.AlreadyReceived, firstId);
            }
            else if (open.TryGetValue(application.PersonalId, out var openId))
            {
                receptions[index] = Conflict(application, openId);
            }
            else
            {
                open[application.PersonalId] = application.Id;
                Add(submissions[index]);
                accepted.Add(index);
            }
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            foreach (var index in accepted)
            {
                receptions[index] = Created(submissions[index].Application);
            }
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation())
        {
            foreach (var index in accepted)
            {
                receptions[index] = await ReceiveOneAsync(submissions[index], cancellationToken);
            }
        }

        return receptions;
    }

    private async Task<Reception> ReceiveOneAsync(Submission submission, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        Add(submission);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return Created(submission.Application);
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation())
        {
            db.ChangeTracker.Clear();
            audit.Abandon();
            if (await EarlierAnswerAsync(submission, cancellationToken) is { } earlier)
            {
                return earlier;
            }

            throw;
        }
    }

    // The open application first: the winner of a race commits it together with its key, so once it is visible the
    // key is too, and a resend is never mistaken for a second application.
    private async Task<Reception?> EarlierAnswerAsync(Submission submission, CancellationToken cancellationToken)
    {
        var application = submission.Application;
        var open = await db.OpenApplications.FindAsync([application.PersonalId], cancellationToken);
        switch (submission.Key)
        {
            case ResendKey.Idempotency(var key, var hash) when await db.IdempotencyRecords.FindAsync([key], cancellationToken) is { } record:
                return record.RequestHash == hash
                    ? new Reception(ReceptionOutcome.AlreadyReceived, record.ApplicationId)
                    : new Reception(ReceptionOutcome.KeyReused, record.ApplicationId);
            case ResendKey.BatchItem(var machineId, var clientItemId, _)
                when await db.BatchItems.FindAsync([machineId, clientItemId], cancellationToken) is { } item:
                return new Reception(ReceptionOutcome.AlreadyReceived, item.ApplicationId);
        }

        return open is null ? null : Conflict(application, open.ApplicationId);
    }

    private Task<Dictionary<string, Guid>> OpenApplicationsAsync(IReadOnlyList<Submission> submissions, CancellationToken cancellationToken)
    {
        var personalIds = submissions.Select(s => s.Application.PersonalId).ToList();
        return db.OpenApplications.AsNoTracking()
            .Where(o => personalIds.Contains(o.PersonalId))
            .ToDictionaryAsync(o => o.PersonalId, o => o.ApplicationId, cancellationToken);
    }

    // A resend of this very batch may have been saved since its items were first looked up: its open applications are
    // then this batch's own, not conflicts.
    private async Task<Dictionary<string, Guid>> ResentBatchItemsAsync(IReadOnlyList<Submission> submissions, CancellationToken cancellationToken)
    {
        var items = submissions.Select(s => s.Key).OfType<ResendKey.BatchItem>().ToList();
        return items.Count == 0
            ? []
            : await ReceivedItemsAsync(items[0].MachineId, items.Select(i => i.ClientItemId).ToList(), cancellationToken);
    }

    // The officer learns that the citizen has an open application, and which.
    private Reception Conflict(CitizenApplication application, Guid openApplicationId)
    {
        audit.Read(application.CitizenRef, openApplicationId, StatusCodes.Status409Conflict);
        return new Reception(ReceptionOutcome.OpenApplicationExists, openApplicationId);
    }

    private Reception Created(CitizenApplication application)
    {
        metrics.Received(application);
        return new Reception(ReceptionOutcome.Created, application.Id);
    }

    private void Add(Submission submission)
    {
        var application = submission.Application;
        db.AddReceived(application, clock);
        audit.Change(db, application.CitizenRef, application.Id, StatusCodes.Status201Created);
        switch (submission.Key)
        {
            case ResendKey.Idempotency(var key, var hash):
                db.IdempotencyRecords.Add(new IdempotencyRecord
                {
                    Key = key, RequestHash = hash, ApplicationId = application.Id, CreatedAt = application.ReceivedAt,
                });
                break;
            case ResendKey.BatchItem(var machineId, var clientItemId, var batchId):
                db.BatchItems.Add(new BatchItem
                {
                    MachineId = machineId,
                    ClientItemId = clientItemId,
                    BatchId = batchId,
                    ApplicationId = application.Id,
                    ReceivedAt = application.ReceivedAt,
                });
                break;
        }
    }
}
