using System.Globalization;
using CccdPlatform.Cli.Simulation;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace CccdPlatform.Cli.Commands;

/// <summary>
/// The final table, one column per operation so that it fits a narrow terminal or a log: what each achieved, how it
/// failed, and the latency of its answered requests.
/// </summary>
public static class SummaryTable
{
    private static readonly (string Label, Func<OperationSummary, string> Value)[] Rows =
    [
        ("started", o => N(o.Started)),
        ("ok (2xx)", o => $"[green]{N(o.Ok)}[/]"),
        ("  of which on a retry", o => N(o.OkOnRetry)),
        ("failed, by status", o => o.Failed.Count == 0 ? "0" : $"[red]{string.Join(", ", o.Failed.Select(f => $"{f.Key}: {N(f.Value)}"))}[/]"),
        ("gave up (no answer)", o => N(o.GaveUp)),
        ("429 answers", o => N(o.TooManyRequests)),
        ("5xx answers", o => N(o.ServerErrors)),
        ("network errors", o => N(o.NoAnswers)),
        ("waits for the platform", o => N(o.Waits)),
        ("ok per second", o => o.OkPerSecond.ToString("N1", CultureInfo.InvariantCulture)),
        ("latency p50 ms", o => Ms(o.Latency.P50)),
        ("latency p90 ms", o => Ms(o.Latency.P90)),
        ("latency p99 ms", o => Ms(o.Latency.P99)),
        ("latency max ms", o => Ms(o.Latency.Max)),
    ];

    public static IRenderable Of(SimulationSummary summary)
    {
        var operations = summary.Operations.Where(o => o.Started > 0).ToList();
        var table = new Table().Title(Markup.Escape(
            $"{summary.ElapsedSeconds:0.0} s · {summary.Stations} stations, {summary.MobileTeams} teams, {summary.Concurrency} at once"));
        table.AddColumn("");
        foreach (var operation in operations)
        {
            table.AddColumn(new TableColumn(operation.Operation).RightAligned());
        }

        foreach (var (label, value) in Rows)
        {
            table.AddRow([label, .. operations.Select(value)]);
        }

        var notes = new List<IRenderable> { table };
        foreach (var op in operations.Where(o => o.Outcomes is not null))
        {
            notes.Add(new Text($"{op.Operation} outcomes: {string.Join(", ", op.Outcomes!.Select(o => $"{o.Key} {N(o.Value)}"))}"));
        }

        if (summary.TargetRate > 0)
        {
            notes.Add(new Text(
                $"Target {summary.TargetRate:0.#}/s; the latest start was {summary.MaxScheduleLagMs:N0} ms behind schedule (waiting for a free slot)."));
        }

        if (summary.ReportingLag is { } lag)
        {
            notes.Add(new Text(
                $"Reporting, unit {lag.UnitCode}: {N(lag.Counted)} of {N(lag.Accepted)} accepted counted; from 201 to the figure " +
                $"p50 {Ms(lag.Lag.P50)} ms, p90 {Ms(lag.Lag.P90)} ms, p99 {Ms(lag.Lag.P99)} ms, max {Ms(lag.Lag.Max)} ms."));
        }

        return new Rows(notes);
    }

    private static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Ms(double value) => value.ToString(value < 10 ? "0.00" : "N0", CultureInfo.InvariantCulture);
}
