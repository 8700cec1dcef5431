using System.Diagnostics;
using System.Text;
using CccdPlatform.Biometrics.Matching;

namespace CccdPlatform.Biometrics.Bench;

/// <summary>
/// Grows two galleries of the service's <see cref="InMemoryFaceMatcher"/>, float32 and int8, with the same faces
/// through the given sizes and times 1:N searches at each, the two in turn with the same probes so that both see the
/// same load. The probes are a labelled set: <see cref="LabelledPairs"/> enrolled first, each searched for with a noisy
/// copy of itself, so every search is a full scan and also says whether the int8 search found what the exact one did.
/// After each pair of searches, one pass of the bandwidth baseline over as many bytes as the float32 gallery.
/// </summary>
public static class SearchBenchmark
{
    private const double Threshold = 0.70;

    public static string Run(int[] sizes, int dimension)
    {
        var random = new Random(20261128);
        using var exact = new InMemoryFaceMatcher(dimension, FaceGalleryPrecision.Float32);
        using var quantised = new InMemoryFaceMatcher(dimension, FaceGalleryPrecision.Int8);
        var pairs = new LabelledPairs(dimension, random);
        var int8ManagedBytes = 0L;
        foreach (var (id, face) in pairs.Faces)
        {
            exact.Enrol(id, Guid.NewGuid(), face);
            int8ManagedBytes += Measured(() => quantised.Enrol(id, Guid.NewGuid(), face));
        }

        var table = new StringBuilder()
            .AppendLine("| gallery | precision | queries | p50 ms | p99 ms | comparisons/s | GB/s scanned | baseline GB/s | scanned ÷ baseline | speedup p50 / p99 |")
            .AppendLine("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        var recall = new StringBuilder();

        // Enrolment cycles through pre-made vectors so that its rate is not the random generator's.
        var pool = Enumerable.Range(0, 4_096).Select(_ => LabelledPairs.Random(dimension, random)).ToArray();
        var enrolment = new Stopwatch();
        foreach (var size in sizes.Order())
        {
            enrolment.Start();
            for (var i = exact.Count; i < size; i++)
            {
                exact.Enrol(Guid.NewGuid(), Guid.NewGuid(), pool[i % pool.Length]);
            }

            enrolment.Stop();
            int8ManagedBytes += Measured(() =>
            {
                for (var i = quantised.Count; i < size; i++)
                {
                    quantised.Enrol(Guid.NewGuid(), Guid.NewGuid(), pool[i % pool.Length]);
                }
            });

            var queries = Math.Clamp((int)(100_000_000_000L / ((long)size * dimension * sizeof(float))), pairs.Count, 1_000);
            var bytes = (long)size * dimension * sizeof(float);
            using var baseline = new BandwidthBaseline(bytes);
            var timing = Time(exact, quantised, baseline, pairs, queries);
            var baselineGigabytesPerSecond = bytes / Percentile(timing.Baseline, 0.50) / 1e6;
            foreach (var (precision, milliseconds, matcher) in new[]
                     {
                         ("float32", timing.Exact, exact), ("int8", timing.Quantised, quantised),
                     })
            {
                var p50 = Percentile(milliseconds, 0.50);
                var scanned = matcher.VectorBytes * (double)size / matcher.Count / p50 / 1e6;
                var speedup = precision == "int8"
                    ? $"{Percentile(timing.Exact, 0.50) / p50:F2} / {Percentile(timing.Exact, 0.99) / Percentile(milliseconds, 0.99):F2}"
                    : "";
                table.AppendLine(
                    $"| {size:N0} | {precision} | {queries} | {p50:F2} | {Percentile(milliseconds, 0.99):F2} | {size / (p50 / 1000) / 1e6:F1} M | " +
                    $"{scanned:F1} | {baselineGigabytesPerSecond:F1} | {scanned / baselineGigabytesPerSecond:F2} | {speedup} |");
            }

            recall.AppendLine($"- {size:N0}: {timing.Recall}");
        }

        var perTemplate = (double)quantised.VectorBytes / quantised.Count;
        var managed = (double)int8ManagedBytes / quantised.Count;
        return table
            .AppendLine()
            .AppendLine($"Recall of the int8 search on {pairs.Count} labelled same-person pairs (noise levels {pairs.Levels}), threshold {Threshold}:")
            .Append(recall)
            .AppendLine($"Int8 gallery memory: {perTemplate:F0} B per template in vectors and scales (allocated chunks), " +
                        $"{managed:F0} B in ids and the id index (managed heap, measured): {(perTemplate + managed) / 1e3:F3} GB per million " +
                        $"(float32: {(double)exact.VectorBytes / exact.Count:F0} B + the same ids)")
            .AppendLine($"Enrolment (normalise, copy into the gallery, index its id): {(exact.Count - pairs.Count) / enrolment.Elapsed.TotalSeconds / 1e6:F2} M templates/s on one thread (float32)")
            .ToString();
    }

    private static Timing Time(
        InMemoryFaceMatcher exact, InMemoryFaceMatcher quantised, BandwidthBaseline baseline, LabelledPairs pairs, int queries)
    {
        for (var warmup = 0; warmup < 5; warmup++)
        {
            exact.Search(pairs.Probes[warmup].Probe, Guid.Empty, Threshold, 5);
            quantised.Search(pairs.Probes[warmup].Probe, Guid.Empty, Threshold, 5);
            baseline.TimeOnePass();
        }

        var timing = new Timing();
        int foundExactly = 0, foundByBoth = 0, foundByInt8Only = 0;
        for (var query = 0; query < queries; query++)
        {
            var (id, probe) = pairs.Probes[query % pairs.Count];
            var watch = Stopwatch.StartNew();
            var exactHit = exact.Search(probe, Guid.Empty, Threshold, 5).Any(c => c.TemplateId == id);
            timing.Exact.Add(watch.Elapsed.TotalMilliseconds);
            watch.Restart();
            var quantisedHit = quantised.Search(probe, Guid.Empty, Threshold, 5).Any(c => c.TemplateId == id);
            timing.Quantised.Add(watch.Elapsed.TotalMilliseconds);
            timing.Baseline.Add(baseline.TimeOnePass());
            if (query < pairs.Count)
            {
                foundExactly += exactHit ? 1 : 0;
                foundByBoth += exactHit && quantisedHit ? 1 : 0;
                foundByInt8Only += !exactHit && quantisedHit ? 1 : 0;
            }
        }

        timing.Exact.Sort();
        timing.Quantised.Sort();
        timing.Baseline.Sort();
        timing.Recall = $"float32 found {foundExactly}, int8 found {foundByBoth} of them " +
                        $"(recall {(foundExactly == 0 ? 1 : (double)foundByBoth / foundExactly):F3}) and {foundByInt8Only} more just below the threshold";
        return timing;
    }

    private static long Measured(Action enrol)
    {
        var before = GC.GetTotalMemory(forceFullCollection: true);
        enrol();
        return GC.GetTotalMemory(forceFullCollection: true) - before;
    }

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)(p * sorted.Count))];

    private sealed class Timing
    {
        public List<double> Exact { get; } = [];

        public List<double> Quantised { get; } = [];

        public List<double> Baseline { get; } = [];

        public string Recall { get; set; } = "";
    }
}
