using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using System.Security.Cryptography;
using CccdPlatform.AppHost;
using CccdPlatform.TestSupport;

namespace CccdPlatform.FaultDrills.Tests;

/// <summary>
/// The part of the platform an application crosses, each piece a real process the drill can kill: its own PostgreSQL
/// and RabbitMQ, two intake instances behind the gateway, and reporting.
/// </summary>
public sealed class DrillPlatform : IAsyncDisposable
{
    private readonly List<IAsyncDisposable> _started = [];

    private DrillPlatform()
    {
        var ports = FreePort.Take(8);
        Postgres = ServerProcess.Postgres(ports[0]);
        RabbitMq = ServerProcess.RabbitMq(ports[1], ports[2]);
        PostgresPort = ports[0];
        RabbitMqManagementPort = ports[2];
        Tokens = new TestTokens();

        var common = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Authentication__SigningKey"] = Tokens.Options.SigningKey!,
            ["Authentication__Issuer"] = Tokens.Options.Issuer,
            ["Authentication__Audience"] = Tokens.Options.Audience,
            ["ConnectionStrings__messaging"] = $"amqp://guest:guest@127.0.0.1:{ports[1]}",
            ["Database__Provider"] = "PostgreSQL",
            ["Logging__LogLevel__Default"] = "Warning",
            ["Outbox__PollInterval"] = "00:00:00.500",
            // The drill's stations are not registered (it runs no identity service).
            ["Registry__Enforce"] = "false",
        };
        var intake = new Dictionary<string, string>(common)
        {
            ["ConnectionStrings__intakedb"] = Probes.PostgresConnectionString(ports[0], "intakedb"),
            ["Intake__CitizenRefKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
        };
        var reporting = new Dictionary<string, string>(common)
        {
            ["ConnectionStrings__reportingdb"] = Probes.PostgresConnectionString(ports[0], "reportingdb"),
        };
        IntakeA = new ServiceProcess("intake-a", Repository.ServiceAssembly("CccdPlatform.Intake"), ports[3], intake);
        IntakeB = new ServiceProcess("intake-b", Repository.ServiceAssembly("CccdPlatform.Intake"), ports[4], intake);
        Reporting = new ServiceProcess("reporting", Repository.ServiceAssembly("CccdPlatform.Reporting"), ports[5], reporting);
        Gateway = new ServiceProcess("gateway", Repository.ServiceAssembly("CccdPlatform.Gateway"), ports[6], new Dictionary<string, string>(common)
        {
            ["services__intake__http__0"] = IntakeA.Address.ToString(),
            ["services__intake__http__1"] = IntakeB.Address.ToString(),
            ["services__reporting__http__0"] = Reporting.Address.ToString(),
            // Not started by the drill: nothing it sends goes there.
            ["services__biometrics__http__0"] = $"http://127.0.0.1:{ports[7]}",
            ["services__eid__http__0"] = $"http://127.0.0.1:{ports[7]}",
            ["services__integrations__http__0"] = $"http://127.0.0.1:{ports[7]}",
        });
    }

    public TestTokens Tokens { get; }
    public int PostgresPort { get; }
    public int RabbitMqManagementPort { get; }
    public ServerProcess Postgres { get; }
    public ServerProcess RabbitMq { get; }
    public ServiceProcess IntakeA { get; }
    public ServiceProcess IntakeB { get; }
    public ServiceProcess Reporting { get; }
    public ServiceProcess Gateway { get; }

    public static async Task<DrillPlatform> StartAsync()
    {
        var platform = new DrillPlatform();
        try
        {
            await platform.StartInOrderAsync();
            return platform;
        }
        catch
        {
            await platform.DisposeAsync();
            throw;
        }
    }

    /// <summary>Messages that ran out of retries and wait in an <c>_error</c> queue, by queue.</summary>
    public async Task<Dictionary<string, long>> ParkedMessagesAsync()
    {
        using var http = new HttpClient();
        http.DefaultRequestHeaders.Authorization = new("Basic", Convert.ToBase64String("guest:guest"u8.ToArray()));
        var queues = await http.GetFromJsonAsync<JsonElement>($"http://127.0.0.1:{RabbitMqManagementPort}/api/queues?columns=name,messages");
        return queues.EnumerateArray()
            .Where(q => q.GetProperty("name").GetString()!.EndsWith("_error", StringComparison.Ordinal))
            .ToDictionary(q => q.GetProperty("name").GetString()!, q => q.TryGetProperty("messages", out var n) ? n.GetInt64() : 0);
    }

    /// <summary>Every process of the platform, each of which a fault may kill.</summary>
    public IReadOnlyList<IDrillProcess> Processes => [Postgres, RabbitMq, IntakeA, IntakeB, Reporting, Gateway];

    public string DescribePids() => string.Join(", ", Processes.Select(p => $"{p.Name} {p.Pid?.ToString() ?? "-"}"));

    /// <summary>Kills and starts a process again with the supervisor kept off it meanwhile.</summary>
    public static async Task StrikeAsync(IDrillProcess process, Func<Task> strike)
    {
        await process.Gate.WaitAsync();
        try
        {
            await strike();
        }
        finally
        {
            process.Gate.Release();
        }
    }

    /// <summary>
    /// Starts a process and, as a service manager would, starts it again when it dies or hangs on the way up (a service
    /// whose bus cannot connect because the broker went down meanwhile gives up and exits).
    /// </summary>
    public static async Task StartUntilUpAsync(IDrillProcess process, Action<string> say)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await process.StartAsync();
                return;
            }
            catch (InvalidOperationException exception) when (attempt < 5)
            {
                say($"{process.Name} did not come up ({exception.Message.Split('\n')[0]}); starting it again");
            }
        }
    }

    /// <summary>
    /// Starts again, as a service manager would, any process found dead that no strike of the drill is handling: one
    /// killed by someone else at a moment the drill did not choose, or by the drill's unannounced faults.
    /// </summary>
    public Task SuperviseAsync(Action<string> say, CancellationToken stop) => Task.WhenAll(Processes.Select(async process =>
    {
        while (!stop.IsCancellationRequested)
        {
            await Task.Delay(500, stop).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            if (stop.IsCancellationRequested || !process.HasDied || !await process.Gate.WaitAsync(0))
            {
                continue;
            }

            try
            {
                if (process.HasDied)
                {
                    var clock = Stopwatch.StartNew();
                    say($"supervisor: {process.Name} found dead, starting it again");
                    await StartUntilUpAsync(process, line => say($"supervisor: {line}"));
                    say($"supervisor: {process.Name} back after {clock.Elapsed.TotalSeconds:0.0} s (pid {process.Pid})");
                }
            }
            catch (Exception exception) when (!stop.IsCancellationRequested)
            {
                say($"supervisor: {process.Name} did not start, trying again: {exception.Message.Split('\n')[0]}");
            }
            finally
            {
                process.Gate.Release();
            }
        }
    }));

    public string Tails() => string.Join('\n', new[] { IntakeA, IntakeB, Reporting, Gateway }.Select(s => s.Tail()));

    public async ValueTask DisposeAsync()
    {
        for (var i = _started.Count - 1; i >= 0; i--)
        {
            await _started[i].DisposeAsync();
        }
    }

    private async Task StartInOrderAsync()
    {
        _started.AddRange([Postgres, RabbitMq]);
        await Task.WhenAll(Postgres.StartAsync(), RabbitMq.StartAsync());
        // One intake first: two instances migrating one new database at once would race to create it.
        _started.AddRange([IntakeA, Reporting]);
        await Task.WhenAll(IntakeA.StartAsync(), Reporting.StartAsync());
        _started.AddRange([IntakeB, Gateway]);
        await Task.WhenAll(IntakeB.StartAsync(), Gateway.StartAsync());
    }
}
