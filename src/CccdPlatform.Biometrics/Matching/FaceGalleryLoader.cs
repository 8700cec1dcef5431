using System.Diagnostics;
using CccdPlatform.Biometrics.Infrastructure;
using CccdPlatform.Biometrics.Model;
using CccdPlatform.ServiceDefaults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CccdPlatform.Biometrics.Matching;

/// <summary>
/// Fills the in-memory gallery with every accepted face before the service takes traffic, then keeps it current
/// with faces that other instances of the service accept (this instance enrols its own as soon as they commit).
/// </summary>
public sealed class FaceGalleryLoader(
    IServiceScopeFactory scopes,
    InMemoryFaceMatcher matcher,
    TemplateProtector protector,
    IOptions<MatchingOptions> options,
    ILogger<FaceGalleryLoader> logger) : PollingWorker(null, logger)
{
    // Transactions commit in a different order than they stamp AcceptedAt; enrolment is idempotent, so look back.
    private static readonly TimeSpan Overlap = TimeSpan.FromMinutes(2);

    private DateTimeOffset? _loadedUpTo;

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        _loadedUpTo = await LoadAsync(DateTimeOffset.MinValue, cancellationToken);
        Logger.LogInformation(
            "Face gallery loaded: {Templates} templates, {Megabytes} MB, in {Milliseconds} ms",
            matcher.Count, matcher.VectorBytes >> 20, watch.ElapsedMilliseconds);
        await base.StartAsync(cancellationToken);
    }

    protected override TimeSpan Interval => options.Value.GallerySyncInterval;

    protected override async Task<bool> RunOnceAsync(CancellationToken cancellationToken)
    {
        var since = _loadedUpTo is { } upTo ? upTo - Overlap : DateTimeOffset.MinValue;
        if (await LoadAsync(since, cancellationToken) is { } latest && (_loadedUpTo is null || latest > _loadedUpTo))
        {
            _loadedUpTo = latest;
        }

        return false;
    }

    /// <summary>Enrols every face accepted since <paramref name="since"/>; returns the latest acceptance seen, if any.</summary>
    public async Task<DateTimeOffset?> LoadAsync(DateTimeOffset since, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BiometricsDbContext>();
        var accepted = db.Captures.AsNoTracking()
            .Where(c => c.AcceptedAt != null && c.AcceptedAt >= since)
            .Join(db.Applications, c => c.ApplicationId, a => a.Id,
                (c, a) => new { c.Id, a.CitizenRef, c.EncryptedFaceTemplate, AcceptedAt = c.AcceptedAt!.Value })
            .AsAsyncEnumerable();

        var started = DateTimeOffset.UtcNow;
        var enrolled = 0;
        DateTimeOffset? latest = null;
        await foreach (var face in accepted.WithCancellation(cancellationToken))
        {
            var template = protector.Unprotect(face.EncryptedFaceTemplate, face.Id, ProtectedFields.FaceTemplate);
            if (matcher.Enrol(face.Id, SubjectIds.Of(face.CitizenRef), FaceTemplate.FromBytes(template)))
            {
                enrolled++;
            }

            if (latest is null || face.AcceptedAt > latest)
            {
                latest = face.AcceptedAt;
            }
        }

        if (enrolled > 0)
        {
            // Recorded afterwards: most passes only see again faces the gallery holds, and those leave no trace.
            using var activity = TelemetryNames.Source.StartActivity(
                "face gallery catch-up", ActivityKind.Internal, default(ActivityContext), startTime: started);
            activity?.SetTag("cccd.biometrics.faces_enrolled", enrolled);
        }

        return latest;
    }
}
