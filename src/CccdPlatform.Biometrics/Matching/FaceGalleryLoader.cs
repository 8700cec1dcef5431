using System.Diagnostics;
using CccdPlatform.Biometrics.Infrastructure;
using CccdPlatform.Biometrics.Model;
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
    TimeProvider clock,
    ILogger<FaceGalleryLoader> logger) : BackgroundService
{
    // Transactions commit in a different order than they stamp AcceptedAt; enrolment is idempotent, so look back.
    private static readonly TimeSpan Overlap = TimeSpan.FromMinutes(2);

    private DateTimeOffset? _loadedUpTo;

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        _loadedUpTo = await LoadAsync(DateTimeOffset.MinValue, cancellationToken);
        logger.LogInformation(
            "Face gallery loaded: {Templates} templates, {Megabytes} MB, in {Milliseconds} ms",
            matcher.Count, matcher.VectorBytes >> 20, watch.ElapsedMilliseconds);
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.GallerySyncInterval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                var since = _loadedUpTo is { } upTo ? upTo - Overlap : DateTimeOffset.MinValue;
                if (await LoadAsync(since, stoppingToken) is { } latest && (_loadedUpTo is null || latest > _loadedUpTo))
                {
                    _loadedUpTo = latest;
                }
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(exception, "Catching up the face gallery failed; retrying at the next interval");
            }
        }
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

        DateTimeOffset? latest = null;
        await foreach (var face in accepted.WithCancellation(cancellationToken))
        {
            var template = protector.Unprotect(face.EncryptedFaceTemplate, face.Id, ProtectedFields.FaceTemplate);
            matcher.Enrol(face.Id, SubjectIds.Of(face.CitizenRef), FaceTemplate.FromBytes(template));
            if (latest is null || face.AcceptedAt > latest)
            {
                latest = face.AcceptedAt;
            }
        }

        return latest;
    }
}
