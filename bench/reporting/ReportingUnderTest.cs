using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using CccdPlatform.ServiceDefaults.Authentication;
using Microsoft.Extensions.Options;
using Npgsql;

namespace CccdPlatform.Reporting.Bench;

/// <summary>
/// A real reporting process (the built service, on Kestrel) on a fresh database and virtual host of the test
/// servers, removed again at the end.
/// </summary>
public sealed class ReportingUnderTest : IAsyncDisposable
{
    private readonly Process _process;
    private readonly BenchSettings _settings;

    private ReportingUnderTest(Process process, BenchSettings settings, string database, string vhost, string signingKey)
    {
        _process = process;
        _settings = settings;
        DatabaseName = database;
        VirtualHost = vhost;
        DatabaseConnectionString = new NpgsqlConnectionStringBuilder(settings.Postgres) { Database = database }.ConnectionString;
        MessagingConnectionString = $"{settings.RabbitMq.TrimEnd('/')}/{vhost}";
        var token = new DevelopmentTokenIssuer(Options.Create(new TokenOptions { SigningKey = signingKey }), TimeProvider.System)
            .Issue("bench", Roles.Admin, "38");
        Http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{settings.Port}") };
        Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
    }

    public string DatabaseName { get; }
    public string VirtualHost { get; }
    public string DatabaseConnectionString { get; }
    public string MessagingConnectionString { get; }
    public HttpClient Http { get; }

    public static async Task<ReportingUnderTest> StartAsync(BenchSettings settings)
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var database = $"bench_reporting_{suffix}";
        var vhost = $"bench_reporting_{suffix}";
        await ManagementAsync(settings, HttpMethod.Put, $"api/vhosts/{vhost}", null);
        await ManagementAsync(settings, HttpMethod.Put, $"api/permissions/{vhost}/{new Uri(settings.RabbitMqManagement).UserInfo.Split(':')[0]}",
            new { configure = ".*", write = ".*", read = ".*" });

        var signingKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        var start = new ProcessStartInfo("dotnet", [settings.ReportingDll]) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{settings.Port}";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_CONTENTROOT"] = settings.ReportingContentRoot;
        start.Environment["ConnectionStrings__reportingdb"] = new NpgsqlConnectionStringBuilder(settings.Postgres) { Database = database }.ConnectionString;
        start.Environment["ConnectionStrings__messaging"] = $"{settings.RabbitMq.TrimEnd('/')}/{vhost}";
        start.Environment["Authentication__SigningKey"] = signingKey;
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Logging__LogLevel__CccdPlatform.Reporting.Projections"] =
            Environment.GetEnvironmentVariable("BENCH_PROJECTOR_LOG") ?? "Warning";
        if (Environment.GetEnvironmentVariable("BENCH_PREFETCH") is { Length: > 0 } prefetch)
        {
            start.Environment["Messaging__PrefetchCount"] = prefetch;
        }
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) Console.WriteLine($"  [reporting] {e.Data}"); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.WriteLine($"  [reporting] {e.Data}"); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var reporting = new ReportingUnderTest(process, settings, database, vhost, signingKey);
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                if ((await reporting.Http.GetAsync("/health")).IsSuccessStatusCode)
                {
                    return reporting;
                }
            }
            catch (HttpRequestException)
            {
            }

            if (process.HasExited || clock.Elapsed > TimeSpan.FromSeconds(90))
            {
                throw new InvalidOperationException("Reporting did not become healthy within 90 s.");
            }

            await Task.Delay(250);
        }
    }

    public async ValueTask DisposeAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        NpgsqlConnection.ClearAllPools();
        await using (var connection = new NpgsqlConnection(_settings.Postgres))
        {
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{DatabaseName}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }

        await ManagementAsync(_settings, HttpMethod.Delete, $"api/vhosts/{VirtualHost}", null);
    }

    private static async Task ManagementAsync(BenchSettings settings, HttpMethod method, string path, object? body)
    {
        var uri = new Uri(settings.RabbitMqManagement);
        using var client = new HttpClient { BaseAddress = new Uri(uri.GetLeftPart(UriPartial.Authority) + "/") };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(Uri.UnescapeDataString(uri.UserInfo))));
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        (await client.SendAsync(request)).EnsureSuccessStatusCode();
    }
}
