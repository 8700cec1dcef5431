using System.Diagnostics.Metrics;
using CccdPlatform.Biometrics.Matching;
using CccdPlatform.Biometrics.Model;

namespace CccdPlatform.Biometrics.Extensions;

/// <summary>Biometrics' business metrics: decisions are counted once they have committed.</summary>
public sealed class BiometricsMetrics
{
    public const string MeterName = "CccdPlatform.Biometrics";
    public const string Captures = "cccd.biometrics.captures";
    public const string CaptureFailures = "cccd.biometrics.capture.failures";
    public const string SearchDuration = "cccd.biometrics.search.duration";
    public const string GallerySize = "cccd.biometrics.gallery.size";
    public const string HeldCaptures = "cccd.biometrics.captures.held";

    private readonly Counter<long> _captures;
    private readonly Counter<long> _failures;
    private readonly Histogram<double> _searchDuration;

    public BiometricsMetrics(IMeterFactory meters, IFaceMatcher matcher)
    {
        var meter = meters.Create(MeterName);
        _captures = meter.CreateCounter<long>(Captures, "{capture}",
            "Capture decisions by outcome (Accepted, RecaptureNeeded, DuplicateSuspected, Refused, Expired); forced when a supervisor overrode quality.");
        _failures = meter.CreateCounter<long>(CaptureFailures, "{capture}",
            "Captures sent back for recapture, once per modality (Finger, Face, Iris) that failed.");
        _searchDuration = meter.CreateHistogram<double>(SearchDuration, "s", "Time of one 1:N face search of the gallery.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5] });
        // Only the built-in matcher knows its size here; an external ABIS reports its own.
        meter.CreateObservableGauge(GallerySize,
            () => matcher is InMemoryFaceMatcher gallery ? [new Measurement<int>(gallery.Count)] : Array.Empty<Measurement<int>>(),
            "{template}", "Face templates enrolled in this instance's 1:N gallery.");
        meter.CreateObservableGauge(HeldCaptures, () => Held, "{capture}",
            "Captures held (encrypted) for applications intake has not announced yet, counted at each expiry sweep.");
    }

    /// <summary>Captures waiting for their application, as last counted by the expiry sweep.</summary>
    public int Held { get; set; }

    public void Decided(CaptureOutcome outcome, bool forced, IEnumerable<Modality> failed)
    {
        _captures.Add(1,
            new KeyValuePair<string, object?>("cccd.outcome", outcome.ToString()),
            new KeyValuePair<string, object?>("cccd.forced", forced));
        foreach (var modality in failed)
        {
            _failures.Add(1, new KeyValuePair<string, object?>("cccd.modality", modality.ToString()));
        }
    }

    public void Searched(TimeSpan duration) => _searchDuration.Record(duration.TotalSeconds);
}
