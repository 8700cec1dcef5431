using System.Security.Claims;
using CccdPlatform.Domain;
using CccdPlatform.Intake.Infrastructure;
using CccdPlatform.Intake.Model;
using CccdPlatform.ServiceDefaults.Audit;
using CccdPlatform.ServiceDefaults.Authentication;
using CccdPlatform.ServiceDefaults.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CccdPlatform.Intake.Apis;

/// <summary>What officers do to an application after it is received, each by the roles whose job it is.</summary>
public static class ApplicationActionsApi
{
    public sealed record ActionRequest(string? Reason);

    public static RouteGroupBuilder MapApplicationActions(this RouteGroupBuilder group)
    {
        group.MapPost("/{id:guid}/approve", Approve).Audited("application.approve")
            .RequireAuthorization(p => p.RequireRole(Roles.Supervisor, Roles.Admin));
        group.MapPost("/{id:guid}/card-produced", CardProduced).Audited("application.card-produced")
            .RequireAuthorization(p => p.RequireRole(Roles.Operations, Roles.Admin));
        group.MapPost("/{id:guid}/card-delivered", CardDelivered).Audited("application.card-delivered")
            .RequireAuthorization(p => p.RequireRole(Roles.StationOfficer, Roles.MobileOfficer, Roles.Supervisor, Roles.Admin));
        group.MapPost("/{id:guid}/cancel", Cancel).Audited("application.cancel")
            .RequireAuthorization(p => p.RequireRole(Roles.Supervisor, Roles.Admin));
        return group;
    }

    public static Task<Results<Ok<ApplicationView>, NotFound, ProblemHttpResult, ValidationProblem>> Approve(
        Guid id, ActionRequest? request, ClaimsPrincipal user, IntakeDbContext db, UnitMaps maps, AuditTrail audit, TimeProvider clock,
        CancellationToken ct) =>
        MoveAsync(id, ApplicationStatus.Approved, request?.Reason, user, db, maps, audit, clock, ct);

    public static Task<Results<Ok<ApplicationView>, NotFound, ProblemHttpResult, ValidationProblem>> CardProduced(
        Guid id, ActionRequest? request, ClaimsPrincipal user, IntakeDbContext db, UnitMaps maps, AuditTrail audit, TimeProvider clock,
        CancellationToken ct) =>
        MoveAsync(id, ApplicationStatus.CardProduced, request?.Reason, user, db, maps, audit, clock, ct);

    public static Task<Results<Ok<ApplicationView>, NotFound, ProblemHttpResult, ValidationProblem>> CardDelivered(
        Guid id, ActionRequest? request, ClaimsPrincipal user, IntakeDbContext db, UnitMaps maps, AuditTrail audit, TimeProvider clock,
        CancellationToken ct) =>
        MoveAsync(id, ApplicationStatus.CardDelivered, request?.Reason, user, db, maps, audit, clock, ct);

    public static async Task<Results<Ok<ApplicationView>, NotFound, ProblemHttpResult, ValidationProblem>> Cancel(
        Guid id, ActionRequest? request, ClaimsPrincipal user, IntakeDbContext db, UnitMaps maps, AuditTrail audit, TimeProvider clock,
        CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request?.Reason))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["reason"] = ["Say why the application is cancelled."],
            });
        }

        return await MoveAsync(id, ApplicationStatus.Cancelled, request.Reason, user, db, maps, audit, clock, ct);
    }

    private static async Task<Results<Ok<ApplicationView>, NotFound, ProblemHttpResult, ValidationProblem>> MoveAsync(
        Guid id, ApplicationStatus to, string? reason, ClaimsPrincipal user, IntakeDbContext db, UnitMaps maps, AuditTrail audit,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        if (reason is { Length: > 500 } || !PlainText.IsPlain(reason, multiLine: true))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["reason"] = [reason!.Length > 500 ? "At most 500 characters." : PlainText.MultiLineMessage],
            });
        }

        var application = await db.Applications.Include(a => a.History).FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (application is null)
        {
            return TypedResults.NotFound();
        }

        audit.Read(application.CitizenRef, application.Id);
        if (!user.CanActOn(application, maps))
        {
            return UnitScope.OutsideUnit(application.CollectingUnitCode);
        }

        var from = application.Status;
        if (!db.TryMove(application, to, user.SubjectOf(), reason?.Trim(), clock))
        {
            return Problems.CannotMove(from, to);
        }

        audit.Change(db, application.CitizenRef, application.Id);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Status is a concurrency token: of two officers acting at once, the second is told, not silently overruled.
            return TypedResults.Problem(
                statusCode: StatusCodes.Status409Conflict,
                title: "The application changed while you acted on it. Read it again and retry.");
        }

        return TypedResults.Ok(ApplicationView.Of(application));
    }
}
