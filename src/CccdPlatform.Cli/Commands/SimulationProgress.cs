using CccdPlatform.Cli.Simulation;
using Spectre.Console;

namespace CccdPlatform.Cli.Commands;

/// <summary>The live display of a run: a progress bar on a terminal, a line every five seconds otherwise.</summary>
public static class SimulationProgress
{
    public static async Task<SimulationSummary> RunAsync(Simulator simulator, CancellationToken cancellationToken)
    {
        var run = simulator.RunAsync(cancellationToken);
        var meter = new RateMeter(simulator);
        if (!AnsiConsole.Profile.Capabilities.Interactive)
        {
            while (await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(5), CancellationToken.None)) != run)
            {
                AnsiConsole.WriteLine($"{simulator.Clock.Elapsed:hh\\:mm\\:ss} {simulator.Progress:P0} {meter.Status()}");
            }

            return await run;
        }

        return await AnsiConsole.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(),
                new ElapsedTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("starting", maxValue: 1);
                while (await Task.WhenAny(run, Task.Delay(250, CancellationToken.None)) != run)
                {
                    task.Value = simulator.Progress;
                    task.Description = Markup.Escape(meter.Status());
                }

                task.Value = 1;
                task.Description = Markup.Escape(meter.Status());
                return await run;
            });
    }

    // Accepted per second over the last display interval, beside the totals.
    private sealed class RateMeter(Simulator simulator)
    {
        private long _lastOk;
        private TimeSpan _lastAt;

        public string Status()
        {
            var stats = simulator.Stats;
            var ok = stats.Applications.Ok;
            var now = simulator.Clock.Elapsed;
            var rate = now > _lastAt ? (ok - _lastOk) / (now - _lastAt).TotalSeconds : 0;
            (_lastOk, _lastAt) = (ok, now);
            var failed = stats.All.Sum(s => s.Failed);
            var serverErrors = stats.All.Sum(s => s.ServerErrors);
            var noAnswers = stats.All.Sum(s => s.NoAnswers);
            return $"201 {ok:N0}  captures {stats.Captures.Ok:N0}  eID {stats.EIds.Ok:N0}  failed {failed:N0}  5xx {serverErrors:N0}  " +
                   $"no answer {noAnswers:N0}  {rate:N0}/s";
        }
    }
}
