using CccdPlatform.Biometrics.Extensions;
using CccdPlatform.Biometrics.Infrastructure;
using CccdPlatform.Biometrics.Matching;
using CccdPlatform.Biometrics.Model;
using CccdPlatform.Contracts.Biometrics;
using CccdPlatform.ServiceDefaults.Messaging;
using CccdPlatform.ServiceDefaults.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CccdPlatform.Biometrics.Screening;

/// <summary>
/// Decides a capture: the quality policy, 1:1 verification against the citizen's earlier face, 1:N deduplication
/// against other people, then acceptance or adjudication cases. Decisions and their events are saved in one
/// transaction (the outbox); an accepted face joins the matcher's gallery only once that transaction has committed.
/// </summary>
public sealed class CaptureScreening(
    BiometricsDbContext db,
    IFaceMatcher matcher,
    TemplateProtector protector,
    IOptions<QualityPolicy> quality,
    IOptions<MatchingOptions> matching,
    DeduplicationGate gate,
    BiometricsMetrics metrics,
    TimeProvider clock) : IAsyncDisposable
{
    private readonly List<(Guid TemplateId, Guid SubjectId, float[] Face)> _enrolments = [];
    private readonly List<(CaptureOutcome Outcome, bool Forced, Modality[] Failed)> _decisions = [];
    private bool _inGate;

    public async Task ScreenAsync(KnownApplication application, Capture capture, float[] face, CancellationToken cancellationToken)
    {
        var failures = quality.Value.Failures(capture);
        if (failures.Count == 0 && await VerificationFailureAsync(application, face, cancellationToken) is { } mismatch)
        {
            failures.Add(new QualityFailure(Modality.Face, mismatch));
        }

        if (failures.Count > 0)
        {
            var reasons = failures.Select(f => f.Reason).ToList();
            capture.Outcome = CaptureOutcome.RecaptureNeeded;
            capture.Reasons = reasons;
            _decisions.Add((CaptureOutcome.RecaptureNeeded, capture.Forced, failures.Select(f => f.Modality).Distinct().ToArray()));
            var attempt = application.FailCapture();
            db.AddOutboxMessage(new RecaptureNeeded(application.Id, capture.Id, attempt, reasons, clock.GetUtcNow()), clock);
            return;
        }

        await DeduplicateAsync(application, capture, face, cancellationToken);
    }

    /// <summary>Searches the face among other people's: accepted when nobody is too similar, else one case per match.</summary>
    public async Task DeduplicateAsync(KnownApplication application, Capture capture, float[] face, CancellationToken cancellationToken)
    {
        await EnterGateAsync(cancellationToken);
        var settings = matching.Value;
        var searchStarted = clock.GetTimestamp();
        var candidates = await matcher.SearchAsync(
            face, SubjectIds.Of(application.CitizenRef), settings.DuplicateThreshold, settings.MaxCandidates, cancellationToken);
        metrics.Searched(clock.GetElapsedTime(searchStarted));
        var templateIds = candidates.Select(c => c.TemplateId).ToList();
        var applicationOf = await db.Captures.AsNoTracking()
            .Where(c => templateIds.Contains(c.Id))
            .Select(c => new { c.Id, c.ApplicationId })
            .ToDictionaryAsync(c => c.Id, c => c.ApplicationId, cancellationToken);
        var now = clock.GetUtcNow();
        foreach (var candidate in candidates.Where(c => applicationOf.ContainsKey(c.TemplateId)))
        {
            var duplicate = new DuplicateCase
            {
                Id = Guid.CreateVersion7(),
                CaptureId = capture.Id,
                ApplicationId = application.Id,
                CandidateApplicationId = applicationOf[candidate.TemplateId],
                CandidateCaptureId = candidate.TemplateId,
                Similarity = candidate.Similarity,
                RaisedAt = now,
            };
            db.DuplicateCases.Add(duplicate);
            db.AddOutboxMessage(new DuplicateSuspected(
                duplicate.Id, duplicate.ApplicationId, duplicate.CandidateApplicationId, duplicate.Similarity, now), clock);
        }

        if (applicationOf.Count == 0)
        {
            Accept(application, capture, face);
            _decisions.Add((CaptureOutcome.Accepted, capture.Forced, []));
            return;
        }

        capture.Outcome = CaptureOutcome.DuplicateSuspected;
        _decisions.Add((CaptureOutcome.DuplicateSuspected, capture.Forced, []));
        application.PutUnderReview();
    }

    /// <summary>
    /// Records a supervisor's decision. The capture is accepted once every case it raised is decided as distinct
    /// people; a single "same person" holds the application.
    /// </summary>
    public async Task DecideAsync(
        DuplicateCase duplicate, DuplicateDecision decision, string reason, string supervisor, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        duplicate.Decide(decision, reason, supervisor, now);
        db.AddOutboxMessage(new DuplicateAdjudicated(
            duplicate.Id, duplicate.ApplicationId, duplicate.CandidateApplicationId, decision.ToString(), now), clock);

        var application = await db.Applications.FirstAsync(a => a.Id == duplicate.ApplicationId, cancellationToken);
        if (application.Status != BiometricStatus.UnderReview)
        {
            return;
        }

        if (decision == DuplicateDecision.SamePerson)
        {
            application.HoldAsSamePerson();
            return;
        }

        await EnterGateAsync(cancellationToken);
        var othersOpen = await db.DuplicateCases.AnyAsync(
            c => c.CaptureId == duplicate.CaptureId && c.Id != duplicate.Id && c.Decision == null, cancellationToken);
        if (!othersOpen)
        {
            var capture = await db.Captures.FirstAsync(c => c.Id == duplicate.CaptureId, cancellationToken);
            Accept(application, capture, FaceOf(capture));
        }
    }

    public float[] FaceOf(Capture capture) =>
        FaceTemplate.FromBytes(protector.Unprotect(capture.EncryptedFaceTemplate, capture.Id, ProtectedFields.FaceTemplate));

    /// <summary>A held capture its application refuses; counted like a decision once saved.</summary>
    public void Refuse(Capture capture, string reason)
    {
        capture.Refuse(reason);
        _decisions.Add((CaptureOutcome.Refused, false, []));
    }

    /// <summary>
    /// Saves and enrols what is decided so far inside the caller's transaction, keeping the gate, so that the next
    /// capture screened in it is searched against these faces too. Should the transaction roll back, a face enrolled
    /// here matches nothing: candidates count only when their capture is in the database.
    /// </summary>
    public async Task SavePendingAsync(CancellationToken cancellationToken)
    {
        await db.SaveChangesAsync(cancellationToken);
        await EnrolPendingAsync(cancellationToken);
    }

    /// <summary>
    /// Saves (committing the caller's transaction, if any), then enrols accepted faces. False when another request
    /// changed the same application first.
    /// </summary>
    public async Task<bool> TrySaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            if (db.Database.CurrentTransaction is { } transaction)
            {
                await transaction.CommitAsync(cancellationToken);
            }

            await EnrolPendingAsync(cancellationToken);

            foreach (var (outcome, forced, failed) in _decisions)
            {
                metrics.Decided(outcome, forced, failed);
            }

            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            return false;
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation())
        {
            // A resend under the same Idempotency-Key saved first.
            return false;
        }
        finally
        {
            _enrolments.Clear();
            _decisions.Clear();
            LeaveGate();
        }
    }

    public ValueTask DisposeAsync()
    {
        LeaveGate();
        return ValueTask.CompletedTask;
    }

    private async Task EnrolPendingAsync(CancellationToken cancellationToken)
    {
        foreach (var (templateId, subjectId, face) in _enrolments)
        {
            await matcher.EnrolAsync(templateId, subjectId, face, cancellationToken);
        }

        _enrolments.Clear();
    }

    private async Task EnterGateAsync(CancellationToken cancellationToken)
    {
        if (!_inGate)
        {
            await gate.EnterAsync(cancellationToken);
            _inGate = true;
        }
    }

    private void LeaveGate()
    {
        if (_inGate)
        {
            _inGate = false;
            gate.Leave();
        }
    }

    private void Accept(KnownApplication application, Capture capture, float[] face)
    {
        var now = clock.GetUtcNow();
        capture.Outcome = CaptureOutcome.Accepted;
        capture.AcceptedAt = now;
        application.Accept();
        db.AddOutboxMessage(new BiometricsAccepted(application.Id, capture.Id, capture.Forced, now), clock);
        _enrolments.Add((capture.Id, SubjectIds.Of(application.CitizenRef), face));
    }

    // A citizen who already has an accepted face (a renewal, replacement or correction) must show the same face.
    private async Task<string?> VerificationFailureAsync(KnownApplication application, float[] face, CancellationToken cancellationToken)
    {
        var earlier = await db.Captures.AsNoTracking()
            .Where(c => c.AcceptedAt != null && c.ApplicationId != application.Id)
            .Join(db.Applications.Where(a => a.CitizenRef == application.CitizenRef), c => c.ApplicationId, a => a.Id, (c, _) => c)
            .OrderByDescending(c => c.AcceptedAt)
            .Select(c => (Guid?)c.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (earlier is null)
        {
            return null;
        }

        var threshold = matching.Value.VerificationThreshold;
        return await matcher.VerifyAsync(face, earlier.Value, cancellationToken) switch
        {
            // Fail closed: the gallery catches up within seconds, an unverified renewal would be for good.
            null => "face: the citizen's earlier accepted face is not in the matcher yet; capture again shortly",
            var similarity when similarity < threshold =>
                $"face: does not match the citizen's earlier accepted face (similarity {similarity:0.00}, needs {threshold:0.00})",
            _ => null,
        };
    }
}
