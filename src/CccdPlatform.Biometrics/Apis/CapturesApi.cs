using System.Security.Claims;
using CccdPlatform.Biometrics.Infrastructure;
using CccdPlatform.Biometrics.Model;
using CccdPlatform.Biometrics.Screening;
using CccdPlatform.ServiceDefaults.Audit;
using CccdPlatform.ServiceDefaults.Authentication;
using CccdPlatform.ServiceDefaults.Http;
using CccdPlatform.ServiceDefaults.Registry;
using Microsoft.AspNetCore.Http.HttpResults;
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

    public static async Task<Results<Created<CaptureView>, ProblemHttpResult>> SubmitCapture(
        SubmitCapture form,
        ClaimsPrincipal user,
        BiometricsDbContext db,
        CaptureScreening screening,
        TemplateProtector protector,
        IOptions<QualityPolicy> quality,
        AuditTrail audit,
        Workplaces workplaces,
        HttpContext http,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        audit.OnMachine(form.MachineId);
        // Refused rather than parked: without the citizen's reference the face cannot be deduplicated, and the
        // officer is still with the citizen to retry (the event follows the application within seconds).
        var application = await db.Applications.FirstOrDefaultAsync(a => a.Id == form.ApplicationId, cancellationToken);
        if (application is null)
        {
            return Problems.Conflict(
                "The application is not known yet, retry shortly.",
                $"Biometrics learns of application {form.ApplicationId} from intake's ApplicationReceived event.");
        }

        audit.Read(application.CitizenRef, null);
        if (!user.CanActOn(application))
        {
            return UnitScope.OutsideUnit(application.CollectingUnitCode);
        }

        if (await workplaces.CheckAsync(user, http, form.MachineId, null, cancellationToken) is { } refusal)
        {
            return refusal.ToProblem();
        }

        if (application.TakesNoBiometrics)
        {
            return Problems.NoBiometricsTaken();
        }

        if (!application.TakesCaptures)
        {
            return Problems.Conflict($"The application takes no more captures: its biometrics are {application.Status}.");
        }

        if (application.MissingIrises((form.Irises ?? []).Select(i => i!.Eye!.Value)) is { Count: > 0 } missing)
        {
            return Problems.IrisesNeeded(missing);
        }

        var captureId = Guid.CreateVersion7();
        var capture = NewCapture(form, captureId, application.StartCapture(captureId), user, protector, clock);
        db.Captures.Add(capture);
        audit.Change(db, application.CitizenRef, capture.Id, StatusCodes.Status201Created);
        await screening.ScreenAsync(application, capture, FaceTemplate.FromBytes(Base64Field.TryDecode(form.Face!.Template)), cancellationToken);
        if (!await screening.TrySaveAsync(cancellationToken))
        {
            return Problems.ConcurrentChange();
        }

        return TypedResults.Created($"/api/biometrics/captures/{capture.Id}", CaptureView.Of(capture, application, quality.Value));
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
        audit.Read(application.CitizenRef, capture.Id);
        return user.CanSee(application)
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
        if (capture is null)
        {
            return TypedResults.NotFound();
        }

        audit.Read(
            await db.Applications.Where(a => a.Id == capture.ApplicationId).Select(a => a.CitizenRef).FirstAsync(cancellationToken),
            capture.Id);

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

    private static Capture NewCapture(
        SubmitCapture form, Guid id, int attempt, ClaimsPrincipal user, TemplateProtector protector, TimeProvider clock)
    {
        byte[]? Encrypt(string? base64, string field) =>
            Base64Field.TryDecode(base64) is { } bytes ? protector.Protect(bytes, id, field) : null;

        return new Capture
        {
            Id = id,
            ApplicationId = form.ApplicationId!.Value,
            Attempt = attempt,
            MachineId = form.MachineId!.Trim(),
            OperatorId = user.SubjectOf(),
            CapturedAt = clock.GetUtcNow(),
            Fingers = form.Fingerprints!.Select(f => new FingerRecord
            {
                Position = f.Position!.Value,
                Quality = f.Quality,
                EncryptedTemplate = Encrypt(f.Template, ProtectedFields.FingerTemplate(f.Position!.Value)),
                Exception = f.Exception,
                EncryptedExceptionPhotoRef = f.ExceptionPhotoRef is null ? null
                    : protector.Protect(f.ExceptionPhotoRef.Trim(), id, ProtectedFields.FingerExceptionPhoto(f.Position!.Value)),
            }).ToList(),
            FaceQuality = form.Face!.Quality!.Value,
            EncryptedFaceTemplate = Encrypt(form.Face.Template, ProtectedFields.FaceTemplate)!,
            Irises = (form.Irises ?? []).Select(i => new IrisRecord
            {
                Eye = i.Eye!.Value,
                Quality = i.Quality,
                EncryptedTemplate = Encrypt(i.Template, ProtectedFields.IrisTemplate(i.Eye!.Value)),
                Exception = i.Exception,
                EncryptedExceptionPhotoRef = i.ExceptionPhotoRef is null ? null
                    : protector.Protect(i.ExceptionPhotoRef.Trim(), id, ProtectedFields.IrisExceptionPhoto(i.Eye!.Value)),
            }).ToList(),
        };
    }
}
