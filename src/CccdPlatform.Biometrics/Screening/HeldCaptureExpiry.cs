using CccdPlatform.Biometrics.Extensions;
using CccdPlatform.Biometrics.Infrastructure;
using CccdPlatform.Biometrics.Model;
using CccdPlatform.ServiceDefaults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CccdPlatform.Biometrics.Screening;

/// <summary>
/// Ends the wait of captures whose application was never announced: "Expired", templates and photo references
/// deleted. It bumps the application row as a held capture does, so an announcement claiming the row at the same
/// moment makes one of the two fail and retry instead of both deciding the capture.
/// </summary>
public sealed class HeldCaptureExpiry(
    IServiceScopeFactory scopes, IOptions<HeldCaptureOptions> options, BiometricsMetrics metrics, TimeProvider clock,
    ILogger<HeldCaptureExpiry> logger) : PollingWorker(null, logger)
{
    private const int BatchSize = 100;

    protected override TimeSpan Interval => options.Value.SweepInterval;

    protected override async Task<bool> RunOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BiometricsDbContext>();
        var cutoff = clock.GetUtcNow() - options.Value.ExpireAfter;
        var expired = await db.Captures
            .Where(c => c.Outcome == CaptureOutcome.WaitingForApplication && c.CapturedAt < cutoff)
            .OrderBy(c => c.CapturedAt)
            .Take(BatchSize)
            .ToListAsync(cancellationToken);
        var ids = expired.Select(c => c.ApplicationId).Distinct().ToList();
        var applications = await db.Applications
            .Where(a => ids.Contains(a.Id) && a.Status == BiometricStatus.Unannounced)
            .ToDictionaryAsync(a => a.Id, cancellationToken);
        foreach (var capture in expired.Where(c => applications.ContainsKey(c.ApplicationId)))
        {
            capture.Expire();
            applications[capture.ApplicationId].Hold();
        }

        await db.SaveChangesAsync(cancellationToken);
        foreach (var _ in expired.Where(c => c.Outcome == CaptureOutcome.Expired))
        {
            metrics.Decided(CaptureOutcome.Expired, false, []);
        }

        metrics.Held = await db.Captures.CountAsync(c => c.Outcome == CaptureOutcome.WaitingForApplication, cancellationToken);
        if (expired.Count > 0)
        {
            Logger.LogInformation("{Count} held captures expired without their application", expired.Count);
        }

        return expired.Count == BatchSize;
    }
}
