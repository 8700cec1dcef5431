using System.Security.Claims;
using CccdPlatform.Biometrics.Infrastructure;
using CccdPlatform.Biometrics.Model;
using CccdPlatform.Biometrics.Screening;
using CccdPlatform.ServiceDefaults.Audit;
using CccdPlatform.ServiceDefaults.Authentication;
using CccdPlatform.ServiceDefaults.Http;
using CccdPlatform.ServiceDefaults.Registry;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CccdPlatform.Biometrics.Apis;

public static class CapturesApi
{
    public static RouteGroupBuilder MapCapturesApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/biometrics/captures")
            .WithTags("Captures")
            .RequireAuthorization(policy => policy.RequireRole(
                Roles.StationOfficer, Roles.MobileOfficer, Roles.Supervisor, Roles.Admin));

        group.MapPost("/", SubmitCapture).Audited("capture.submit").Validate<SubmitCapture>();
        group.MapGet("/{id:guid}", GetCapture).Audited("capture.read");
        group.MapPost("/{id:guid}/force-accept", ForceAccept).Audited("capture.force-accept").Validate<ForceAccept>()
            .RequireAuthorization(policy => policy.RequireRole(Roles.Supervisor, Roles.Admin));
        // Every read of templates is audited, refused ones too; the entry is written before the templates leave.
        group.MapGet("/{id:guid}/templates", GetTemplates).Audited("capture.templates.read")
            .RequireAuthorization(policy => policy.RequireRole(Roles.Admin));
        return group;
    }

    public static async Task<Results<Created<CaptureView>, Accepted<CaptureView>, ProblemHttpResult>> SubmitCapture(
        SubmitCapture form,
        [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey,
        [AsParameters] CaptureServices services,
        CancellationToken cancellationToken)
    {
        var (user, http, db, reception, screening, protector, quality, audit, workplaces, clock) = services;
        audit.OnMachine(form.MachineId);
        if (idempotencyKey is not null && !ResendKeys.IsValid(idempotencyKey))
        {
            return Problems.InvalidIdempotencyKey();
        }

        // Checks that need no application come first: a capture that waits for its application has passed them.
        if (await workplaces.CheckAsync(user, http, form.MachineId, null, cancellationToken) is { } refusal)
        {
            return refusal.ToProblem();
        }

        var key = ResendKeys.Of(user, idempotencyKey, form);
        for (var attempt = 1; ; attempt++)
        {
            db.ChangeTracker.Clear();
            if (key is { } resend && await db.Captures.AsNoTracking().FirstOrDefaultAsync(c => c.IdempotencyKey == resend.Key, cancellationToken)
                    is { } earlier)
            {
                audit.Abandon();
                return earlier.RequestHash == resend.RequestHash
                    ? await AnswerAsync(db, earlier, quality.Value, cancellationToken)
                    : Problems.IdempotencyKeyReused();
            }

            var application = await db.Applications.FirstOrDefaultAsync(a => a.Id == form.ApplicationId, cancellationToken);
            var capture = NewCaptures.From(form, user, key, protector, clock);
            if (application is not { IsAnnounced: true })
            {
                audit.Read(null, capture.Id);
                if (await reception.TryHoldAsync(application, capture, cancellationToken))
                {
                    return TypedResults.Accepted(LocationOf(capture), CaptureView.Of(capture, application ?? KnownApplication.Unannounced(capture.ApplicationId), quality.Value));
                }
            }
            else
            {
                audit.Read(application.CitizenRef, null);
                var face = FaceTemplate.FromBytes(Base64Field.TryDecode(form.Face!.Template));
                if (await reception.ScreenAsync(application, capture, user, face, cancellationToken) is { } refused)
                {
                    return refused;
                }

                audit.Change(db, application.CitizenRef, capture.Id, StatusCodes.Status201Created);
                if (await screening.TrySaveAsync(cancellationToken))
                {
                    return TypedResults.Created(LocationOf(capture), CaptureView.Of(capture, application, quality.Value));
                }
            }

            // The announcement, a resend or another capture got there first: look again, a few times at most.
            if (attempt == MaxAttempts)
            {
                return Problems.ConcurrentChange();
            }
        }
    }

    public static async Task<Results<Ok<CaptureView>, NotFound, ProblemHttpResult>> GetCapture(
        Guid id, ClaimsPrincipal user, BiometricsDbContext db, IOptions<QualityPolicy> quality, AuditTrail audit,
        CancellationToken cancellationToken)
    {
        var capture = await db.Captures.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (capture is null)
        {
            return TypedResults.NotFound();
        }

        var application = await db.Applications.AsNoTracking().FirstAsync(a => a.Id == capture.ApplicationId, cancellationToken);
        audit.Read(application.IsAnnounced ? application.CitizenRef : null, capture.Id);
        return user.CanSee(capture, application)
            ? TypedResults.Ok(CaptureView.Of(capture, application, quality.Value))
            : UnitScope.OutsideUnit(application.CollectingUnitCode);
    }

    public static async Task<Results<Ok<CaptureView>, NotFound, ProblemHttpResult>> ForceAccept(
        Guid id,
        ForceAccept form,
        ClaimsPrincipal user,
        BiometricsDbContext db,
        CaptureScreening screening,
        IOptions<QualityPolicy> quality,
        AuditTrail audit,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var capture = await db.Captures.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (capture is null)
        {
            return TypedResults.NotFound();
        }

        var application = await db.Applications.FirstAsync(a => a.Id == capture.ApplicationId, cancellationToken);
        audit.Read(application.CitizenRef, capture.Id);
        if (!user.CanActOn(application))
        {
            return UnitScope.OutsideUnit(application.CollectingUnitCode);
        }

        if (quality.Value.WhyForceIsRefused(application, capture) is { } why)
        {
            return Problems.Conflict("This capture cannot be force-accepted now.", why);
        }

        // Forcing overrides the quality policy (and a renewal's 1:1 check), never the search for duplicates.
        capture.Force(user.SubjectOf(), form.Reason!.Trim(), clock.GetUtcNow());
        audit.Change(db, application.CitizenRef, capture.Id);
        await screening.DeduplicateAsync(application, capture, screening.FaceOf(capture), cancellationToken);
        if (!await screening.TrySaveAsync(cancellationToken))
        {
            return Problems.ConcurrentChange();
        }

        return TypedResults.Ok(CaptureView.Of(capture, application, quality.Value));
    }

    public static async Task<Results<Ok<CaptureTemplatesView>, NotFound>> GetTemplates(
        Guid id,
        BiometricsDbContext db,
        TemplateProtector protector,
        AuditTrail audit,
        CancellationToken cancellationToken)
    {
        var capture = await db.Captures.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (capture is null or { Outcome: CaptureOutcome.Expired })
        {
            return TypedResults.NotFound();
        }

        // An unannounced application has no citizen yet.
        var citizenRef = await db.Applications.Where(a => a.Id == capture.ApplicationId).Select(a => a.CitizenRef).FirstAsync(cancellationToken);
        audit.Read(citizenRef.Length > 0 ? citizenRef : null, capture.Id);

        string? Decrypt(byte[]? value, string field) =>
            value is null ? null : Convert.ToBase64String(protector.Unprotect(value, capture.Id, field));

        return TypedResults.Ok(new CaptureTemplatesView(
            capture.Id,
            capture.ApplicationId,
            capture.Fingers.OrderBy(f => f.Position).Select(f => new FingerprintInput(
                f.Position, f.Quality, Decrypt(f.EncryptedTemplate, ProtectedFields.FingerTemplate(f.Position)), f.Exception,
                f.EncryptedExceptionPhotoRef is null ? null
                    : protector.UnprotectString(f.EncryptedExceptionPhotoRef, capture.Id, ProtectedFields.FingerExceptionPhoto(f.Position))))
                .ToList(),
            new FaceInput(capture.FaceQuality, Decrypt(capture.EncryptedFaceTemplate, ProtectedFields.FaceTemplate)),
            capture.Irises.OrderBy(i => i.Eye).Select(i => new IrisInput(
                i.Eye, i.Quality, Decrypt(i.EncryptedTemplate, ProtectedFields.IrisTemplate(i.Eye)), i.Exception,
                i.EncryptedExceptionPhotoRef is null ? null
                    : protector.UnprotectString(i.EncryptedExceptionPhotoRef, capture.Id, ProtectedFields.IrisExceptionPhoto(i.Eye))))
                .ToList()));
    }

    private const int MaxAttempts = 3;

    private static string LocationOf(Capture capture) => $"/api/biometrics/captures/{capture.Id}";

    // A resend answers as the first sending did: 202 while the capture waits for its application, 201 once decided.
    private static async Task<Results<Created<CaptureView>, Accepted<CaptureView>, ProblemHttpResult>> AnswerAsync(
        BiometricsDbContext db, Capture capture, QualityPolicy quality, CancellationToken cancellationToken)
    {
        var application = await db.Applications.AsNoTracking().FirstAsync(a => a.Id == capture.ApplicationId, cancellationToken);
        var view = CaptureView.Of(capture, application, quality);
        return capture.IsHeld ? TypedResults.Accepted(LocationOf(capture), view) : TypedResults.Created(LocationOf(capture), view);
    }
}
