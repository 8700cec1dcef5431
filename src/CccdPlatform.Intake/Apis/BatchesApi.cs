using System.Security.Claims;
using CccdPlatform.Domain;
using CccdPlatform.Intake.Extensions;
using CccdPlatform.Intake.Infrastructure;
using CccdPlatform.Intake.Model;
using CccdPlatform.ServiceDefaults.Audit;
using CccdPlatform.ServiceDefaults.Authentication;
using CccdPlatform.ServiceDefaults.Http;
using CccdPlatform.ServiceDefaults.Persistence;
using CccdPlatform.ServiceDefaults.Registry;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CccdPlatform.Intake.Apis;

/// <summary>
/// <c>POST /api/intake/batches</c>: a machine's offline applications. Each item is keyed by (machine, client item id),
/// so a batch resent whole or in part creates nothing twice, and the answer says what became of every item.
/// </summary>
public static class BatchesApi
{
    private sealed record Candidate(int Index, string ClientItemId, CitizenApplication Application);

    private sealed record Saving(
        IntakeDbContext Db, AuditTrail Audit, IntakeMetrics Metrics, string BatchId, string MachineId, TimeProvider Clock);

    public static RouteGroupBuilder MapBatchesApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/intake/batches").WithTags("Offline batches");
        group.MapPost("/", SubmitBatch).Audited("batch.submit").Validate<SubmitBatch>().RequireAuthorization(p => p.RequireRole(
            Roles.StationOfficer, Roles.MobileOfficer, Roles.Supervisor, Roles.Admin));
        return group;
    }

    public static async Task<Results<Ok<BatchResult>, ProblemHttpResult>> SubmitBatch(
        SubmitBatch batch,
        ClaimsPrincipal user,
        IntakeDbContext db,
        AdministrativeUnits units,
        CitizenRefs refs,
        IValidator<SubmitApplication> validator,
        AuditTrail audit,
        IntakeMetrics metrics,
        Workplaces workplaces,
        HttpContext http,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var machineId = batch.MachineId!;
        audit.OnMachine(machineId);
        // A retired or foreign machine's batch is refused whole and nothing is stored: the machine keeps its items.
        if (await workplaces.CheckAsync(user, http, machineId, null, cancellationToken) is { } refusal)
        {
            return refusal.ToProblem();
        }

        var items = batch.Items!;
        var results = new BatchItemResult[items.Count];
        var clientIds = items.Select(i => i.ClientItemId!).ToList();
        var known = await db.BatchItems.AsNoTracking()
            .Where(b => b.MachineId == machineId && clientIds.Contains(b.ClientItemId))
            .ToDictionaryAsync(b => b.ClientItemId, b => b.ApplicationId, cancellationToken);

        var candidates = new List<Candidate>();
        var now = clock.GetUtcNow();
        for (var index = 0; index < items.Count; index++)
        {
            var clientItemId = items[index].ClientItemId!;
            var form = items[index].Application! with { MachineId = items[index].Application!.MachineId ?? machineId };
            if (known.TryGetValue(clientItemId, out var existing))
            {
                results[index] = new BatchItemResult(clientItemId, BatchItemOutcome.AlreadyReceived, existing);
                continue;
            }

            if (await workplaces.CheckAsync(user, http, form.MachineId, form.TeamCode, cancellationToken) is { } itemRefusal)
            {
                results[index] = new BatchItemResult(clientItemId, BatchItemOutcome.Invalid, Errors: itemRefusal.ToErrors());
                continue;
            }

            var validation = await validator.ValidateAsync(form, cancellationToken);
            var unit = validation.IsValid ? units.PathOf(form.CollectingUnitCode!) : null;
            if (!validation.IsValid || !user.Covers(unit!))
            {
                var errors = validation.IsValid
                    ? new Dictionary<string, string[]> { ["collectingUnitCode"] = ["This unit is outside yours."] }
                    : validation.ToDictionary();
                results[index] = new BatchItemResult(clientItemId, BatchItemOutcome.Invalid, Errors: errors);
                continue;
            }

            candidates.Add(new Candidate(index, clientItemId, NewApplications.Create(form, unit!, user.SubjectOf(), refs, now)));
        }

        await SaveAsync(new Saving(db, audit, metrics, batch.BatchId!, machineId, clock), candidates, results, cancellationToken);
        metrics.Batch(results);
        return TypedResults.Ok(new BatchResult(batch.BatchId!, results));
    }

    // All new items in one transaction; if a concurrent request got in first, item by item to say who won what.
    private static async Task SaveAsync(
        Saving saving, List<Candidate> candidates, BatchItemResult[] results, CancellationToken cancellationToken)
    {
        var (db, audit, metrics, _, machineId, _) = saving;
        var personalIds = candidates.Select(c => c.Application.PersonalId).ToList();
        var open = await db.OpenApplications.AsNoTracking()
            .Where(o => personalIds.Contains(o.PersonalId))
            .ToDictionaryAsync(o => o.PersonalId, o => o.ApplicationId, cancellationToken);

        // A resend of this very batch may have been saved since its items were first looked up: its open
        // applications are then this batch's own, not conflicts.
        var clientIds = candidates.Select(c => c.ClientItemId).ToList();
        var savedMeanwhile = await db.BatchItems.AsNoTracking()
            .Where(b => b.MachineId == machineId && clientIds.Contains(b.ClientItemId))
            .ToDictionaryAsync(b => b.ClientItemId, b => b.ApplicationId, cancellationToken);
        var accepted = new List<Candidate>();
        foreach (var candidate in candidates)
        {
            if (savedMeanwhile.TryGetValue(candidate.ClientItemId, out var savedId))
            {
                results[candidate.Index] = new BatchItemResult(candidate.ClientItemId, BatchItemOutcome.AlreadyReceived, savedId);
                continue;
            }

            if (open.TryGetValue(candidate.Application.PersonalId, out var openId))
            {
                results[candidate.Index] = Conflict(audit, candidate, openId);
                continue;
            }

            open[candidate.Application.PersonalId] = candidate.Application.Id;
            Add(saving, candidate);
            accepted.Add(candidate);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            foreach (var candidate in accepted)
            {
                results[candidate.Index] = new BatchItemResult(candidate.ClientItemId, BatchItemOutcome.Created, candidate.Application.Id);
                metrics.Received(candidate.Application);
            }
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation())
        {
            foreach (var candidate in accepted)
            {
                results[candidate.Index] = await SaveOneAsync(saving, candidate, cancellationToken);
            }
        }
    }

    private static async Task<BatchItemResult> SaveOneAsync(Saving saving, Candidate candidate, CancellationToken cancellationToken)
    {
        var db = saving.Db;
        db.ChangeTracker.Clear();
        Add(saving, candidate);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            saving.Metrics.Received(candidate.Application);
            return new BatchItemResult(candidate.ClientItemId, BatchItemOutcome.Created, candidate.Application.Id);
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation())
        {
            db.ChangeTracker.Clear();
            if (await db.BatchItems.FindAsync([saving.MachineId, candidate.ClientItemId], cancellationToken) is { } item)
            {
                return new BatchItemResult(candidate.ClientItemId, BatchItemOutcome.AlreadyReceived, item.ApplicationId);
            }

            var open = await db.OpenApplications.FindAsync([candidate.Application.PersonalId], cancellationToken);
            if (open is null)
            {
                throw;
            }

            return Conflict(saving.Audit, candidate, open.ApplicationId);
        }
    }

    // The officer learns that the citizen has an open application, and which.
    private static BatchItemResult Conflict(AuditTrail audit, Candidate candidate, Guid openApplicationId)
    {
        audit.Read(candidate.Application.CitizenRef, openApplicationId, StatusCodes.Status409Conflict);
        return new BatchItemResult(candidate.ClientItemId, BatchItemOutcome.Conflict, openApplicationId);
    }

    private static void Add(Saving saving, Candidate candidate)
    {
        var application = candidate.Application;
        saving.Db.AddReceived(application, saving.Clock);
        saving.Audit.Change(saving.Db, application.CitizenRef, application.Id, StatusCodes.Status201Created);
        saving.Db.BatchItems.Add(new BatchItem
        {
            MachineId = saving.MachineId,
            ClientItemId = candidate.ClientItemId,
            BatchId = saving.BatchId,
            ApplicationId = application.Id,
            ReceivedAt = application.ReceivedAt,
        });
    }
}
