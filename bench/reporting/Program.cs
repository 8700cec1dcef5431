using CccdPlatform.Reporting.Bench;

// Reporting at provincial scale: (a) 4 M applications' worth of pre-aggregated rows and the time to answer a
// province's progress; (b) ApplicationReceived published at a steady rate and the lag until the figure moves.
// bench/reporting.sh builds everything, starts the servers and runs this; settings come from the environment.
var settings = BenchSettings.FromEnvironment();
await using var reporting = await ReportingUnderTest.StartAsync(settings);

Console.WriteLine($"Seeding {settings.Applications:N0} applications' worth of figures into {reporting.DatabaseName} ...");
var seeded = await Seeder.SeedAsync(reporting.DatabaseConnectionString, settings);
Console.WriteLine(seeded);

var results = new List<Row>();
results.AddRange(await QueryBench.RunAsync(reporting, settings));
results.AddRange(await LagBench.RunAsync(reporting, settings));

Console.WriteLine();
Console.WriteLine($"Reporting benchmark: {Environment.ProcessorCount} cores, {settings.Applications:N0} applications seeded, " +
                  $"{settings.Rate:N0} events/s for {settings.Seconds} s");
Console.WriteLine();
Console.WriteLine("| measure | samples | p50 ms | p95 ms | p99 ms | max ms | note |");
Console.WriteLine("|---|---:|---:|---:|---:|---:|---|");
foreach (var row in results)
{
    Console.WriteLine(row);
}
