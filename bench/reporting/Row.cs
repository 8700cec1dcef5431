using System.Globalization;

namespace CccdPlatform.Reporting.Bench;

/// <summary>One line of the results table.</summary>
public sealed record Row(string Measure, IReadOnlyList<double> Milliseconds, string Note)
{
    public override string ToString()
    {
        var sorted = Milliseconds.Order().ToArray();
        return sorted.Length == 0
            ? $"| {Measure} | 0 | | | | | {Note} |"
            : $"| {Measure} | {sorted.Length:N0} | {F(At(sorted, 0.50))} | {F(At(sorted, 0.95))} | {F(At(sorted, 0.99))} | {F(sorted[^1])} | {Note} |";
    }

    private static double At(double[] sorted, double quantile) =>
        sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(quantile * sorted.Length) - 1)];

    private static string F(double value) => value.ToString(value < 10 ? "0.00" : "0.0", CultureInfo.InvariantCulture);
}
