using System.Diagnostics;
using System.Text;
using CccdPlatform.Biometrics.Matching;

namespace CccdPlatform.Biometrics.Bench;

/// <summary>
/// Grows one gallery of the service's <see cref="InMemoryFaceMatcher"/> through the given sizes and times 1:N
/// searches at each. Probes are fresh random faces, so (like almost every real search) nothing passes the threshold
/// and the time is the full scan. Each search is followed by one pass of the bandwidth baseline over as many bytes, so
/// the ratio compares the two under the same conditions.
/// </summary>
public static class SearchBenchmark
{
    private const double Threshold = 0.70;

    public static string Run(int[] sizes, int dimension)
    {
        var random = new Random(20261128);
        using var matcher = new InMemoryFaceMatcher(dimension);
        var cores = Environment.ProcessorCount;
        var table = new StringBuilder()
            .AppendLine("| gallery | queries | p50 ms | p99 ms | comparisons/s | per core | GB/s scanned | baseline GB/s | search ÷ baseline |")
            .AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");

        // Enrolment cycles through pre-made vectors so that its rate is not the random generator's.
        var pool = Enumerable.Range(0, 4_096).Select(_ => Fill(new float[dimension], random)).ToArray();
        var enrolment = new Stopwatch();
        foreach (var size in sizes.Order())
        {
            enrolment.Start();
            while (matcher.Count < size)
            {
                matcher.Enrol(Guid.NewGuid(), Guid.NewGuid(), pool[matcher.Count % pool.Length]);
            }

            enrolment.Stop();
            var queries = Math.Clamp((int)(20_000_000_000L / ((long)size * dimension * sizeof(float))), 50, 1_000);
            var bytes = (long)size * dimension * sizeof(float);
            using var baseline = new BandwidthBaseline(bytes);
            var (milliseconds, baselineMilliseconds) = Time(matcher, baseline, queries, dimension, random);
            var p50 = Percentile(milliseconds, 0.50);
            var baselineP50 = Percentile(baselineMilliseconds, 0.50);
            var perSecond = size / (p50 / 1000);
            table.AppendLine(
                $"| {size:N0} | {queries} | {p50:F2} | {Percentile(milliseconds, 0.99):F2} | {perSecond / 1e6:F1} M | " +
                $"{perSecond / cores / 1e6:F1} M | {bytes / p50 / 1e6:F1} | {bytes / baselineP50 / 1e6:F1} | {baselineP50 / p50:F2} |");
        }

        return table
            .AppendLine()
            .AppendLine($"Enrolment (normalise, copy into the gallery, index its id): {matcher.Count / enrolment.Elapsed.TotalSeconds / 1e6:F2} M templates/s on one thread")
            .ToString();
    }

    private static (List<double> Search, List<double> Baseline) Time(
        InMemoryFaceMatcher matcher, BandwidthBaseline baseline, int queries, int dimension, Random random)
    {
        var probe = new float[dimension];
        for (var warmup = 0; warmup < 5; warmup++)
        {
            Fill(probe, random);
            matcher.Search(probe, Guid.Empty, Threshold, 5);
            baseline.TimeOnePass();
        }

        var milliseconds = new List<double>(queries);
        var baselineMilliseconds = new List<double>(queries);
        for (var query = 0; query < queries; query++)
        {
            Fill(probe, random);
            var watch = Stopwatch.StartNew();
            var found = matcher.Search(probe, Guid.Empty, Threshold, 5);
            milliseconds.Add(watch.Elapsed.TotalMilliseconds);
            baselineMilliseconds.Add(baseline.TimeOnePass());
            if (found.Count > 0)
            {
                throw new InvalidOperationException("A random probe matched a random template: the vectors are not random.");
            }
        }

        milliseconds.Sort();
        baselineMilliseconds.Sort();
        return (milliseconds, baselineMilliseconds);
    }

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)(p * sorted.Count))];

    private static float[] Fill(float[] vector, Random random)
    {
        for (var i = 0; i < vector.Length; i++)
        {
            vector[i] = random.NextSingle() - 0.5f;
        }

        return vector;
    }
}
