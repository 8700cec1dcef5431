using CccdPlatform.Reporting.Infrastructure;
using CccdPlatform.Reporting.Model;
using CccdPlatform.Reporting.Projections;
using CccdPlatform.ServiceDefaults.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CccdPlatform.Reporting.Apis;

/// <summary>The state of the projections, and their rebuild from the stored events.</summary>
public static class ProjectionApi
{
    public const string StatusPath = "/api/reports/projection";

    public static IEndpointRouteBuilder MapProjectionApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet(StatusPath, GetStatus).WithTags("Projection").RequireAuthorization(p => p.RequireRole(Roles.Operations, Roles.Admin));
        routes.MapPost("/api/reports/rebuild", StartRebuild).WithTags("Projection").RequireAuthorization(p => p.RequireRole(Roles.Admin));
        return routes;
    }

    public static async Task<Ok<ProjectionStatusView>> GetStatus(ReportingDbContext db, CancellationToken cancellationToken)
    {
        // Stored before pending: an event counted as stored was committed before the pending count was taken, so
        // "pending 0" means every event counted as stored has been projected.
        var stored = await db.StoredEvents.LongCountAsync(cancellationToken);
        var pending = await db.PendingEvents.LongCountAsync(cancellationToken);
        var projector = await db.ProjectorStates.AsNoTracking().SingleAsync(s => s.Id == ProjectorState.TheOne, cancellationToken);
        return TypedResults.Ok(new ProjectionStatusView(
            projector.ProjectedEvents, pending, stored, projector.SkippedEvents, projector.LastProjectedAt, projector.RebuiltAt));
    }

    /// <summary>Empties the projections and queues every stored event; the figures are whole again once nothing is pending.</summary>
    public static async Task<Accepted<RebuildView>> StartRebuild(
        ReportingDbContext db, ProjectionSignal signal, TimeProvider clock, CancellationToken cancellationToken)
    {
        var queued = await Rebuild.StartAsync(db, clock, cancellationToken);
        signal.Notify();
        return TypedResults.Accepted(StatusPath, new RebuildView(queued));
    }
}
