using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using CccdPlatform.Contracts;
using CccdPlatform.Contracts.Intake;
using CccdPlatform.Domain;
using MassTransit;

namespace CccdPlatform.Reporting.Bench;

/// <summary>
/// Publishes ApplicationReceived at a steady rate, as intake's outbox would, while polling the province's received
/// figure. The k-th event's lag is from its publish call to the first poll answer counting k events or more.
/// </summary>
public static class LagBench
{
    public static async Task<List<Row>> RunAsync(ReportingUnderTest reporting, BenchSettings settings)
    {
        var bus = Bus.Factory.CreateUsingRabbitMq(rabbit => rabbit.Host(new Uri(reporting.MessagingConnectionString)));
        await bus.StartAsync();
        try
        {
            return await MeasureAsync(reporting, bus, settings);
        }
        finally
        {
            await bus.StopAsync();
        }
    }

    private static async Task<List<Row>> MeasureAsync(ReportingUnderTest reporting, IBus bus, BenchSettings settings)
    {
        var units = UnitMaps.Load().ThreeTier;
        var communes = units.All.Where(u => u.Level == UnitLevel.Commune).Select(u => units.PathOf(u.Code)!).ToArray();
        var total = settings.Rate * settings.Seconds;
        var random = new Random(7);

        // A fresh process spends much of its first minute compiling (tiered JIT): warm it up with the same load first.
        var warmUp = settings.Rate * 8;
        var warmStart = await ReceivedAsync(reporting.Http);
        Console.WriteLine($"Warming up with {warmUp:N0} events ...");
        await PublishAtRateAsync(bus, warmUp, settings.Rate, communes, random, Stopwatch.StartNew(), new double[warmUp]);
        var warmClock = Stopwatch.StartNew();
        while (await ReceivedAsync(reporting.Http) < warmStart + warmUp && warmClock.Elapsed < TimeSpan.FromSeconds(180))
        {
            await Task.Delay(250);
        }

        Console.WriteLine($"Warm-up counted after {warmClock.Elapsed.TotalSeconds:0} s more");
        await Task.Delay(3000);
        var baseline = await ReceivedAsync(reporting.Http);
        var published = new double[total];
        var polls = new List<(double At, long Received)>();
        var queryTimes = new List<double>();
        var clock = Stopwatch.StartNew();
        using var stop = new CancellationTokenSource();

        var poller = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                var started = clock.Elapsed.TotalMilliseconds;
                var received = await ReceivedAsync(reporting.Http);
                var answered = clock.Elapsed.TotalMilliseconds;
                lock (polls)
                {
                    polls.Add((answered, received - baseline));
                    queryTimes.Add(answered - started);
                }

                await Task.Delay(20);
            }
        });

        var monitor = Task.Run(async () =>
        {
            // Where the time goes: events stored by the consumer, projected by the projector, waiting in between.
            while (!stop.IsCancellationRequested)
            {
                var status = await reporting.Http.GetFromJsonAsync<JsonElement>("/api/reports/projection");
                Console.WriteLine($"  {clock.Elapsed.TotalSeconds,5:0.0} s: stored {status.GetProperty("storedEvents").GetInt64(),7:N0}, " +
                                  $"projected {status.GetProperty("projectedEvents").GetInt64(),7:N0}, pending {status.GetProperty("pendingEvents").GetInt64(),6:N0}");
                await Task.Delay(1000);
            }
        });

        Console.WriteLine($"Publishing {total:N0} ApplicationReceived at {settings.Rate:N0}/s ...");
        await PublishAtRateAsync(bus, total, settings.Rate, communes, random, clock, published);
        var publishSeconds = clock.Elapsed.TotalSeconds;
        var deadline = clock.Elapsed + TimeSpan.FromSeconds(120);
        while (clock.Elapsed < deadline && Latest(polls) < total)
        {
            await Task.Delay(100);
        }

        await stop.CancelAsync();
        await poller;
        await monitor;
        var counted = Latest(polls);
        var lags = new List<double>(total);
        var sorted = polls.OrderBy(p => p.At).ToList();
        var cursor = 0;
        for (var k = 1; k <= Math.Min(counted, total); k++)
        {
            while (sorted[cursor].Received < k)
            {
                cursor++;
            }

            lags.Add(sorted[cursor].At - published[k - 1]);
        }

        var status = await reporting.Http.GetFromJsonAsync<JsonElement>("/api/reports/projection");
        var note = $"{total:N0} events published in {publishSeconds:0.0} s ({total / publishSeconds:N0}/s); {counted:N0} counted; " +
                   $"projected {status.GetProperty("projectedEvents").GetInt64():N0}, pending {status.GetProperty("pendingEvents").GetInt64()}";
        Console.WriteLine(note);
        var rebuild = await RebuildAsync(reporting.Http);
        return
        [
            new Row($"publish → province figure, {settings.Rate:N0}/s", lags, note),
            new Row("GET progress, province, during that load", queryTimes, $"{queryTimes.Count:N0} polls"),
            rebuild,
        ];
    }

    /// <summary>Replays every stored event through the projector alone: its throughput without consumers in the way.</summary>
    private static async Task<Row> RebuildAsync(HttpClient http)
    {
        var clock = Stopwatch.StartNew();
        var answer = await http.PostAsync("/api/reports/rebuild", null);
        answer.EnsureSuccessStatusCode();
        var queued = (await answer.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("queuedEvents").GetInt32();
        while ((await http.GetFromJsonAsync<JsonElement>("/api/reports/projection")).GetProperty("pendingEvents").GetInt64() > 0)
        {
            await Task.Delay(50);
        }

        var elapsed = clock.Elapsed;
        // The seeded figures came from no event, so the rebuilt province counts exactly the events published.
        var note = $"{queued:N0} events replayed in {elapsed.TotalSeconds:0.0} s ({queued / elapsed.TotalSeconds:N0}/s); " +
                   $"province received afterwards: {await ReceivedAsync(http):N0}";
        Console.WriteLine(note);
        return new Row("rebuild from stored events", [elapsed.TotalMilliseconds], note);
    }

    /// <summary>Publishes at a steady rate (at most 1,000 awaiting their confirm), noting when each publish began.</summary>
    private static async Task PublishAtRateAsync(
        IBus bus, int count, int rate, UnitPath[] communes, Random random, Stopwatch clock, double[] published)
    {
        var start = clock.Elapsed.TotalMilliseconds;
        using var inFlight = new SemaphoreSlim(1000);
        var sends = new List<Task>(count);
        for (var i = 0; i < count; i++)
        {
            var wait = start + i * 1000.0 / rate - clock.Elapsed.TotalMilliseconds;
            if (wait > 1)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(wait));
            }

            await inFlight.WaitAsync();
            var commune = communes[random.Next(communes.Length)];
            var now = DateTimeOffset.UtcNow;
            var message = new ApplicationReceived(Guid.NewGuid(), "bench", commune.CommuneCode!, commune, "38", false,
                i % 2 == 0 ? "Mobile" : "Station", i % 2 == 0 ? "Home" : "Station", "FirstIssue",
                $"TEAM-{commune.CommuneCode}", $"KIT-{commune.CommuneCode}", now, now);
            published[i] = clock.Elapsed.TotalMilliseconds;
            sends.Add(bus.Publish(message).ContinueWith(_ => inFlight.Release(), TaskScheduler.Default));
        }

        await Task.WhenAll(sends);
    }

    private static long Latest(List<(double At, long Received)> polls)
    {
        lock (polls)
        {
            return polls.Count == 0 ? 0 : polls.Max(p => p.Received);
        }
    }

    private static async Task<long> ReceivedAsync(HttpClient http) =>
        (await http.GetFromJsonAsync<JsonElement>("/api/reports/progress?unitCode=38")).GetProperty("received").GetInt64();
}
