using System.Diagnostics;
using System.Text;
using CccdPlatform.Biometrics.Matching;

namespace CccdPlatform.Biometrics.Bench;

/// <summary>
/// Grows one gallery of the service's <see cref="InMemoryFaceMatcher"/> through the given sizes and times 1:N
/// searches at each. Probes are fresh random faces, so (like almost every real search) nothing passes the threshold
/// and the time is the full scan.
/// </summary>
public static class SearchBenchmark
{
    private const double Threshold = 0.70;

    public static string Run(int[] sizes, int dimension, double baselineGigabytesPerSecond)
    {
        var random = new Random(20261128);
        using var matcher = new InMemoryFaceMatcher(dimension);
        var cores = Environment.ProcessorCount;
        var table = new StringBuilder()
            .AppendLine("| gallery | queries | p50 ms | p99 ms | comparisons/s | per core | GB/s scanned | ÷ baseline |")
            .AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|");

        var enrolment = Stopwatch.StartNew();
        foreach (var size in sizes.Order())
        {
            var template = new float[dimension];
            enrolment.Start();
            while (matcher.Count < size)
            {
                Fill(template, random);
                matcher.Enrol(Guid.NewGuid(), Guid.NewGuid(), template);
            }

            enrolment.Stop();

            var queries = Math.Clamp((int)(20_000_000_000L / ((long)size * dimension * sizeof(float))), 50, 1_000);
            var milliseconds = Time(matcher, queries, dimension, random);
            var p50 = Percentile(milliseconds, 0.50);
            var perSecond = size / (p50 / 1000);
            var gigabytesPerSecond = perSecond * dimension * sizeof(float) / 1e9;
            table.AppendLine(
                $"| {size:N0} | {queries} | {p50:F2} | {Percentile(milliseconds, 0.99):F2} | {perSecond / 1e6:F1} M | " +
                $"{perSecond / cores / 1e6:F1} M | {gigabytesPerSecond:F1} | {gigabytesPerSecond / baselineGigabytesPerSecond:F2} |");
        }

        return table
            .AppendLine()
            .AppendLine($"Enrolment (random vector, normalise, copy into the gallery): {matcher.Count / enrolment.Elapsed.TotalSeconds / 1e6:F2} M templates/s on one thread")
            .ToString();
    }

    private static List<double> Time(InMemoryFaceMatcher matcher, int queries, int dimension, Random random)
    {
        var probe = new float[dimension];
        for (var warmup = 0; warmup < 5; warmup++)
        {
            Fill(probe, random);
            matcher.Search(probe, Guid.Empty, Threshold, 5);
        }

        var milliseconds = new List<double>(queries);
        for (var query = 0; query < queries; query++)
        {
            Fill(probe, random);
            var watch = Stopwatch.StartNew();
            var found = matcher.Search(probe, Guid.Empty, Threshold, 5);
            milliseconds.Add(watch.Elapsed.TotalMilliseconds);
            if (found.Count > 0)
            {
                throw new InvalidOperationException("A random probe matched a random template: the vectors are not random.");
            }
        }

        milliseconds.Sort();
        return milliseconds;
    }

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)(p * sorted.Count))];

    private static void Fill(float[] vector, Random random)
    {
        for (var i = 0; i < vector.Length; i++)
        {
            vector[i] = random.NextSingle() - 0.5f;
        }
    }
}
