using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CccdPlatform.Cli.Api;
using CccdPlatform.Cli.Synthetic;
using CccdPlatform.Domain;

namespace CccdPlatform.FaultDrills.Tests;

/// <summary>
/// Stations of Thanh Hoa submitting applications through the gateway at a steady rate, as the station client does:
/// each application keeps its Idempotency-Key through every retry (network errors, 5xx, 429), so a retry after a lost
/// answer gets the first answer instead of a second application. The forms are the command-line client's synthetic
/// citizens, each with an ID number no other application of the run has. Keeps the receipt of every 201.
/// </summary>
public sealed class SteadyLoad(Uri gateway, DrillPlatform platform, int stations, int perSecond)
{
    private const double EIdShare = 0.2;
    private static readonly TimeSpan GiveUpAfter = TimeSpan.FromMinutes(2);
    private static readonly AdministrativeUnits Units = UnitList.Embedded();
    private readonly CitizenGenerator _citizens = new(Units, new PersonalIdAllocator(), new Random());
    private readonly ConcurrentDictionary<Guid, string> _receipts = new();
    private readonly ConcurrentDictionary<string, int> _failures = new();
    private readonly ConcurrentDictionary<string, string> _firstFailures = new();
    private int _submitted;
    private int _retries;
    private int _abandoned;

    /// <summary>Application id to ID number, for every application answered 201.</summary>
    public IReadOnlyDictionary<Guid, string> Receipts => _receipts;
    public int Submitted => _submitted;
    public int Retries => _retries;
    public int Abandoned => _abandoned;
    public IReadOnlyDictionary<string, int> Failures => _failures;

    /// <summary>What the first failed attempt of each kind said, to tell what went wrong.</summary>
    public IReadOnlyDictionary<string, string> FirstFailures => _firstFailures;

    /// <summary>Submits until <paramref name="stop"/> is signalled, then waits for every application to be answered or abandoned.</summary>
    public async Task RunAsync(CancellationToken stop)
    {
        var workplaces = Workplace.Plan(Units, stations, mobileTeams: 0);
        var clients = workplaces.Select(NewStation).ToArray();
        var pending = new List<Task>();
        var clock = Stopwatch.StartNew();
        for (var i = 0; !stop.IsCancellationRequested; i++)
        {
            var due = TimeSpan.FromSeconds((double)i / perSecond);
            if (due > clock.Elapsed)
            {
                await Task.Delay(due - clock.Elapsed, stop).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }

            if (!stop.IsCancellationRequested)
            {
                var station = workplaces[i % stations];
                var form = _citizens.ApplicationFor(_citizens.NewCitizen(station, DateOnly.FromDateTime(DateTime.UtcNow)), station, EIdShare);
                pending.Add(SubmitAsync(clients[i % stations], form, CancellationToken.None));
            }
        }

        await Task.WhenAll(pending);
    }

    private HttpClient NewStation(Workplace station)
    {
        var http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(1) })
        {
            BaseAddress = gateway,
            Timeout = TimeSpan.FromSeconds(15),
        };
        http.DefaultRequestHeaders.Authorization = new("Bearer", platform.Tokens.Issue(station.Role, station.UnitCode, station.Subject));
        http.DefaultRequestHeaders.Add("X-Machine-Id", station.MachineId);
        return http;
    }

    private async Task SubmitAsync(HttpClient http, ApplicationForm form, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _submitted);
        var key = Guid.NewGuid().ToString();
        var clock = Stopwatch.StartNew();
        for (var attempt = 0; ; attempt++)
        {
            if (attempt > 0)
            {
                Interlocked.Increment(ref _retries);
            }

            var (status, retryAfter, body, failure) = await PostAsync(http, form, key, cancellationToken);
            if (status == HttpStatusCode.Created)
            {
                var id = body.GetProperty("applicationId").GetGuid();
                _receipts[id] = form.PersonalId;
                return;
            }

            var transient = status is null or HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout || (int)status >= 500;
            var kind = status?.ToString() ?? "network error";
            _failures.AddOrUpdate(kind, 1, (_, n) => n + 1);
            _firstFailures.TryAdd(kind, failure);
            if (!transient || clock.Elapsed > GiveUpAfter)
            {
                Interlocked.Increment(ref _abandoned);
                return;
            }

            await Task.Delay(retryAfter ?? TimeSpan.FromMilliseconds(Math.Min(2000, 100 * (1 << Math.Min(attempt, 4)))), cancellationToken);
        }
    }

    private static async Task<(HttpStatusCode? Status, TimeSpan? RetryAfter, JsonElement Body, string Failure)> PostAsync(
        HttpClient http, ApplicationForm form, string key, CancellationToken cancellationToken)
    {
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/intake/applications")
            {
                Content = JsonContent.Create(form, CliJson.Default.ApplicationForm),
            };
            request.Headers.Add("Idempotency-Key", key);
            using var response = await http.SendAsync(request, cancellationToken);
            if (response.StatusCode == HttpStatusCode.Created)
            {
                return (response.StatusCode, null, await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken), "");
            }

            var said = await response.Content.ReadAsStringAsync(cancellationToken);
            return (response.StatusCode, response.Headers.RetryAfter?.Delta, default, said[..Math.Min(said.Length, 300)]);
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return (null, null, default, $"{exception.GetType().Name}: {exception.Message}");
        }
    }
}
