namespace CccdPlatform.Reporting.Bench;

public sealed record BenchSettings(
    string Postgres,
    string RabbitMq,
    string RabbitMqManagement,
    string ReportingDll,
    string ReportingContentRoot,
    int Port,
    long Applications,
    int SeedDays,
    bool SeedApplicationRows,
    int Queries,
    int Rate,
    int Seconds)
{
    public static BenchSettings FromEnvironment() => new(
        Text("CCCD_TEST_POSTGRES", "Host=127.0.0.1;Port=55432;Username=postgres;Password=postgres"),
        Text("CCCD_TEST_RABBITMQ", "amqp://guest:guest@127.0.0.1:55672"),
        Text("CCCD_TEST_RABBITMQ_MANAGEMENT", "http://guest:guest@127.0.0.1:55673"),
        Text("BENCH_REPORTING_DLL", ""),
        Text("BENCH_REPORTING_CONTENT_ROOT", ""),
        int.Parse(Text("BENCH_PORT", "5391")),
        long.Parse(Text("BENCH_APPLICATIONS", "4000000")),
        int.Parse(Text("BENCH_SEED_DAYS", "365")),
        Text("BENCH_APPLICATION_ROWS", "1") == "1",
        int.Parse(Text("BENCH_QUERIES", "2000")),
        int.Parse(Text("BENCH_RATE", "1000")),
        int.Parse(Text("BENCH_SECONDS", "20")));

    private static string Text(string name, string fallback) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? value : fallback;
}
