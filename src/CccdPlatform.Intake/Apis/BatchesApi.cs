using CccdPlatform.Intake.Extensions;
using CccdPlatform.Intake.Model;
using CccdPlatform.ServiceDefaults.Audit;
using CccdPlatform.ServiceDefaults.Authentication;
using CccdPlatform.ServiceDefaults.Http;
using CccdPlatform.ServiceDefaults.Registry;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CccdPlatform.Intake.Apis;

/// <summary>
/// <c>POST /api/intake/batches</c>: a machine's offline applications. Each item is keyed by (machine, client item id),
/// so a batch resent whole or in part creates nothing twice, and the answer says what became of every item.
/// </summary>
public static class BatchesApi
{
    public static RouteGroupBuilder MapBatchesApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/intake/batches").WithTags("Offline batches");
        group.MapPost("/", SubmitBatch).Audited("batch.submit").Validate<SubmitBatch>().RequireAuthorization(p => p.RequireRole(
            Roles.StationOfficer, Roles.MobileOfficer, Roles.Supervisor, Roles.Admin));
        return group;
    }

    public static async Task<Results<Ok<BatchResult>, ProblemHttpResult>> SubmitBatch(
        SubmitBatch batch,
        IValidator<SubmitApplication> validator,
        IntakeMetrics metrics,
        [AsParameters] ReceptionServices services,
        CancellationToken cancellationToken)
    {
        var (user, http, maps, refs, audit, workplaces, reception, clock) = services;
        var machineId = batch.MachineId!;
        audit.OnMachine(machineId);
        // A retired or foreign machine's batch is refused whole and nothing is stored: the machine keeps its items.
        if (await workplaces.CheckAsync(user, http, machineId, null, cancellationToken) is { } refusal)
        {
            return refusal.ToProblem();
        }

        var items = batch.Items!;
        var results = new BatchItemResult[items.Count];
        // Before validation: a resent item answers what it created even if it would not pass today (too old, say).
        var known = await reception.ReceivedItemsAsync(machineId, items.Select(i => i.ClientItemId!).ToList(), cancellationToken);
        var submissions = new List<(int Index, Submission Submission)>();
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
            var units = FormDays.UnitsOf(form, maps, clock);
            var unit = validation.IsValid ? units.PathOf(form.CollectingUnitCode!) : null;
            if (!validation.IsValid || !user.Covers(unit!, units.Map, maps))
            {
                var errors = validation.IsValid
                    ? new Dictionary<string, string[]> { ["collectingUnitCode"] = ["This unit is outside yours."] }
                    : validation.ToDictionary();
                results[index] = new BatchItemResult(clientItemId, BatchItemOutcome.Invalid, Errors: errors);
                continue;
            }

            submissions.Add((index, new Submission(
                NewApplications.Create(form, units, unit!, user.SubjectOf(), refs, now),
                new ResendKey.BatchItem(machineId, clientItemId, batch.BatchId!))));
        }

        var receptions = await reception.ReceiveAsync(submissions.Select(s => s.Submission).ToList(), cancellationToken);
        foreach (var ((index, _), (outcome, applicationId)) in submissions.Zip(receptions))
        {
            results[index] = new BatchItemResult(items[index].ClientItemId, outcome switch
            {
                ReceptionOutcome.Created => BatchItemOutcome.Created,
                ReceptionOutcome.AlreadyReceived => BatchItemOutcome.AlreadyReceived,
                _ => BatchItemOutcome.Conflict,
            }, applicationId);
        }

        metrics.Batch(results);
        return TypedResults.Ok(new BatchResult(batch.BatchId!, results));
    }
}
