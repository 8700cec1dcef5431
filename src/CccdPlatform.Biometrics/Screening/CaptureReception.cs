using System.Security.Claims;
using CccdPlatform.Biometrics.Apis;
using CccdPlatform.Biometrics.Infrastructure;
using CccdPlatform.Biometrics.Model;
using CccdPlatform.ServiceDefaults.Authentication;
using CccdPlatform.ServiceDefaults.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CccdPlatform.Biometrics.Screening;

/// <summary>
/// Takes a capture in: screened at once when intake has announced its application, else held (encrypted, as every
/// capture) until the announcement, when the same checks and the same screening run in the consumer's transaction.
/// The capture and the announcement meet on the application's row, whichever comes first, so none is left behind.
/// </summary>
public sealed class CaptureReception(BiometricsDbContext db, CaptureScreening screening)
{
    /// <summary>Why the application refuses this officer's capture, as the API answers it; null when it takes it.</summary>
    public static ProblemHttpResult? Refusal(KnownApplication application, ClaimsPrincipal officer, IEnumerable<Eye> irises)
    {
        if (!officer.CanActOn(application))
        {
            return UnitScope.OutsideUnit(application.CollectingUnitCode);
        }

        if (application.TakesNoBiometrics)
        {
            return Problems.NoBiometricsTaken();
        }

        if (!application.TakesCaptures)
        {
            return Problems.Conflict($"The application takes no more captures: its biometrics are {application.Status}.");
        }

        return application.MissingIrises(irises) is { Count: > 0 } missing ? Problems.IrisesNeeded(missing) : null;
    }

    /// <summary>Checks the capture against its announced application, then screens it; the refusal when it is not taken.</summary>
    public async Task<ProblemHttpResult?> ScreenAsync(
        KnownApplication application, Capture capture, ClaimsPrincipal officer, float[] face, CancellationToken cancellationToken)
    {
        if (Refusal(application, officer, capture.Irises.Select(i => i.Eye)) is { } refusal)
        {
            return refusal;
        }

        if (db.Entry(capture).State == EntityState.Detached)
        {
            db.Captures.Add(capture);
        }

        capture.Reasons = [];
        capture.Attempt = application.StartCapture(capture.Id);
        await screening.ScreenAsync(application, capture, face, cancellationToken);
        return null;
    }

    /// <summary>
    /// Holds a capture for an application intake has not announced. False when the announcement (or another capture)
    /// got to the application's row first: read it again and retry.
    /// </summary>
    public async Task<bool> TryHoldAsync(KnownApplication? unannounced, Capture capture, CancellationToken cancellationToken)
    {
        if (unannounced is null)
        {
            db.Applications.Add(KnownApplication.Unannounced(capture.ApplicationId));
        }
        else
        {
            unannounced.Hold();
        }

        capture.Outcome = CaptureOutcome.WaitingForApplication;
        capture.Reasons = ["waiting for the application: screened as soon as intake announces it"];
        db.Captures.Add(capture);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            return false;
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation())
        {
            return false;
        }
    }

    /// <summary>
    /// Screens the captures held for these applications, just announced in the caller's transaction, and commits it.
    /// Throws when a capture of the same application was saved meanwhile, so the whole batch is retried.
    /// </summary>
    public async Task ScreenHeldAndCommitAsync(IReadOnlyCollection<Guid> applicationIds, CancellationToken cancellationToken)
    {
        var held = await db.Captures
            .Where(c => applicationIds.Contains(c.ApplicationId) && c.Outcome == CaptureOutcome.WaitingForApplication)
            .OrderBy(c => c.CapturedAt)
            .ToListAsync(cancellationToken);
        var ids = held.Select(c => c.ApplicationId).Distinct().ToList();
        var applications = await db.Applications.Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, cancellationToken);
        foreach (var capture in held)
        {
            if (await ScreenAsync(applications[capture.ApplicationId], capture, OfficerOf(capture), screening.FaceOf(capture), cancellationToken)
                is { } refusal)
            {
                screening.Refuse(capture, ReasonOf(refusal));
            }

            await screening.SavePendingAsync(cancellationToken);
        }

        if (!await screening.TrySaveAsync(cancellationToken))
        {
            throw new DbUpdateConcurrencyException("A capture of an announced application was saved while its held captures were screened.");
        }
    }

    /// <summary>The officer as the unit rule sees them: the unit claim and the Admin role they captured with.</summary>
    public static ClaimsPrincipal OfficerOf(Capture capture)
    {
        var claims = new List<Claim> { new(PlatformClaims.Subject, capture.OperatorId) };
        if (capture.OfficerUnitCode is { } unit)
        {
            claims.Add(new Claim(PlatformClaims.UnitCode, unit));
        }

        if (capture.OfficerIsAdmin)
        {
            claims.Add(new Claim(PlatformClaims.Role, Roles.Admin));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, "held-capture", PlatformClaims.Subject, PlatformClaims.Role));
    }

    // The refusal as one line: the field messages of a validation problem, else its title and detail.
    private static string ReasonOf(ProblemHttpResult refusal) => refusal.ProblemDetails switch
    {
        HttpValidationProblemDetails { Errors.Count: > 0 } validation => string.Join(" ", validation.Errors.SelectMany(e => e.Value)),
        var problem => string.Join(" ", new[] { problem.Title, problem.Detail }.Where(t => !string.IsNullOrEmpty(t))),
    };
}
