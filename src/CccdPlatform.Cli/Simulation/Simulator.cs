using System.Diagnostics;
using System.Text.Json;
using CccdPlatform.Cli.Api;
using CccdPlatform.Cli.Http;
using CccdPlatform.Cli.Synthetic;
using CccdPlatform.Domain;

namespace CccdPlatform.Cli.Simulation;

/// <summary>
/// Runs a campaign against the platform: each visit generates a citizen, submits the application (retried with the same
/// Idempotency-Key), logs the receipt, then for a share captures biometrics and requests an eID account.
/// </summary>
public sealed class Simulator
{
    private const string ApplicationsPath = "/api/intake/applications";
    private const string CapturesPath = "/api/biometrics/captures";
    private const string AccountsPath = "/api/eid/accounts";
    private const string WaitingForApplication = "WaitingForApplication";

    private readonly PlatformClient _client;
    private readonly AdministrativeUnits _units;
    private readonly SimulationOptions _options;
    private readonly Func<Workplace, CancellationToken, Task<string>> _tokens;
    private readonly PersonalIdAllocator _ids = new();
    private readonly DateOnly _day;
    private long _issued;
    private long _deadline = long.MaxValue;
    private long _maxLagTicks;

    /// <param name="tokens">The bearer token of each workplace's officer (the gateway's development tokens, or one given).</param>
    public Simulator(PlatformClient client, AdministrativeUnits units, SimulationOptions options, Func<Workplace, CancellationToken, Task<string>> tokens)
    {
        _client = client;
        _units = units;
        _options = options;
        _day = options.Day ?? CampaignDay.Today;
        _tokens = tokens;
        client.Observer = Stats;
    }

    public SimulationStats Stats { get; } = new();

    /// <summary>Called as each application is accepted (201), e.g. by <see cref="ReportingLag"/>.</summary>
    public Action? Accepted { get; set; }

    /// <summary>What to wait out after registering the workplaces: the services' copies of the new entries.</summary>
    public RegistryCatchUp Registry { get; set; } = RegistryCatchUp.None;

    public Stopwatch Clock { get; } = new();
    public long Issued => Math.Min(Interlocked.Read(ref _issued), _options.Count ?? long.MaxValue);

    /// <summary>Fraction done, by count or by time, whichever is further.</summary>
    public double Progress => Math.Max(
        _options.Count is { } count ? (double)Issued / count : 0,
        _options.Duration is { } duration ? Math.Min(1, Clock.Elapsed / duration) : 0);

    public async Task<SimulationSummary> RunAsync(CancellationToken cancellationToken)
    {
        var workplaces = Workplace.Plan(_units, _options.Stations, _options.MobileTeams, _options.Province);
        var authorizations = await AuthorizeAsync(workplaces, cancellationToken);
        var seed = _options.Seed ?? Random.Shared.Next();
        var generators = Enumerable.Range(0, _options.Slots)
            .Select(slot => new CitizenGenerator(_units, _ids, new Random(seed + slot), _options.Province))
            .ToArray();

        await using var receipts = new ReceiptLog(_options.ReceiptsPath);
        var startedAt = DateTimeOffset.UtcNow;
        Clock.Start();
        if (_options.Duration is { } duration)
        {
            _deadline = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        }

        Task Visit(int workplace, CitizenGenerator generator) =>
            VisitAsync(workplaces[workplace], authorizations[workplace], generator, receipts, cancellationToken);

        if (_options.Rate > 0)
        {
            await RunOpenLoopAsync(workplaces.Count, generators, Visit, cancellationToken);
        }
        else
        {
            await Task.WhenAll(generators.Select((generator, slot) => Task.Run(async () =>
            {
                while (TryTake(out var number))
                {
                    await Visit((int)(number % workplaces.Count), generator);
                }
            }, cancellationToken)));
        }

        Clock.Stop();
        var elapsed = Clock.Elapsed.TotalSeconds;
        return new SimulationSummary(
            _client.Target,
            startedAt,
            Math.Round(elapsed, 3),
            _options.Stations,
            _options.MobileTeams,
            _options.Slots,
            _options.Rate,
            Math.Round(_maxLagTicks * 1000.0 / Stopwatch.Frequency, 1),
            [.. Stats.All.Select(s => s.Summarize(elapsed))]);
    }

    private async Task<string[]> AuthorizeAsync(IReadOnlyList<Workplace> workplaces, CancellationToken cancellationToken)
    {
        var authorizations = new string[workplaces.Count];
        await Parallel.ForAsync(0, workplaces.Count, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken },
            async (i, ct) => authorizations[i] = "Bearer " + await _tokens(workplaces[i], ct));
        return authorizations;
    }

    // Starts visits on a fixed schedule, whatever the answers; a visit waits only for a free slot, and how late that
    // made the schedule is reported, so a platform that cannot keep up shows as lag rather than as a lower rate.
    private async Task RunOpenLoopAsync(
        int workplaceCount, CitizenGenerator[] generators, Func<int, CitizenGenerator, Task> visit, CancellationToken cancellationToken)
    {
        var free = new Queue<CitizenGenerator>(generators);
        var slots = new SemaphoreSlim(generators.Length);
        var running = new List<Task>();
        var start = Stopwatch.GetTimestamp();
        var interval = Stopwatch.Frequency / _options.Rate;
        while (TryTake(out var number))
        {
            var due = start + (long)(number * interval);
            var wait = due - Stopwatch.GetTimestamp();
            if (wait > Stopwatch.Frequency / 1000)
            {
                await Task.Delay(TimeSpan.FromSeconds((double)wait / Stopwatch.Frequency), cancellationToken);
            }

            await slots.WaitAsync(cancellationToken);
            var lag = Stopwatch.GetTimestamp() - due;
            if (lag > _maxLagTicks)
            {
                _maxLagTicks = lag;
            }

            CitizenGenerator generator;
            lock (free)
            {
                generator = free.Dequeue();
            }

            running.Add(Task.Run(async () =>
            {
                try
                {
                    await visit((int)(number % workplaceCount), generator);
                }
                finally
                {
                    lock (free)
                    {
                        free.Enqueue(generator);
                    }

                    slots.Release();
                }
            }, cancellationToken));
            if (running.Count >= 4096)
            {
                running.RemoveAll(t => t.IsCompleted);
            }
        }

        await Task.WhenAll(running);
    }

    private bool TryTake(out long number)
    {
        number = Interlocked.Increment(ref _issued) - 1;
        return number < (_options.Count ?? long.MaxValue) && Stopwatch.GetTimestamp() < _deadline;
    }

    private async Task VisitAsync(
        Workplace workplace, string authorization, CitizenGenerator generator, ReceiptLog receipts, CancellationToken cancellationToken)
    {
        var citizen = generator.NewCitizen(workplace, _day);
        var form = generator.ApplicationFor(citizen, workplace, _options.EIdThroughApi ? 0 : _options.EIdShare,
            CampaignDay.CollectedAt(_day, generator.Random));
        var body = JsonSerializer.SerializeToUtf8Bytes(form, CliJson.Default.ApplicationForm);
        var key = Guid.NewGuid().ToString("N");
        Stats.Applications.Start();
        var answer = await Registry.SendAsync(() => _client.SendAsync(Operation.Application, HttpMethod.Post, ApplicationsPath, body,
            PlatformClient.Json, authorization, key, workplace.MachineId, cancellationToken), Stats.Applications.Wait, cancellationToken);
        Stats.Applications.Finish(answer.Status, answer.Attempts);
        if (answer.Status != 201 || answer.Read(CliJson.Default.ApplicationReceipt) is not { } receipt)
        {
            return;
        }

        Accepted?.Invoke();
        receipts.Write(receipt.ApplicationId, citizen.PersonalId);
        var random = generator.Random;
        // Under 6 (from 1 July 2024) no biometrics are taken: biometrics refuses such a capture.
        if (random.NextDouble() < _options.BiometricsShare && CardRules.On(_day).BiometricsFor(citizen.DateOfBirth, _day) != BiometricsRequirement.None)
        {
            await CaptureAsync(receipt.ApplicationId, workplace, authorization, random, cancellationToken);
        }

        if (_options.EIdThroughApi && random.NextDouble() < _options.EIdShare)
        {
            var account = new EIdAccountForm(citizen.PersonalId, citizen.FullName, citizen.DateOfBirth, citizen.Sex,
                generator.EIdLevel(citizen, _day), citizen.PhoneNumber ?? generator.PhoneNumber(), null, citizen.Representative);
            var eid = await SendOnceKnownAsync(Stats.EIds, Operation.EId, AccountsPath,
                JsonSerializer.SerializeToUtf8Bytes(account, CliJson.Default.EIdAccountForm), authorization, workplace.MachineId,
                a => a.Status == 422 && a.Problem()?.Title?.StartsWith("Intake holds no application", StringComparison.Ordinal) == true,
                cancellationToken);
            var outcome = eid.Status switch { 201 => "Created", 202 => "Waiting", 200 => "Upgraded", _ => null };
            if (RetryLanded(eid, "already has an account"))
            {
                (eid, outcome) = (eid with { Status = 200 }, "AlreadyRequested");
            }

            Stats.EIds.Finish(eid.Status, eid.Attempts, outcome);
        }
    }

    // Now and then a finger scores too low; the officer then captures again, as at a real desk. The capture goes right
    // after the application's 201: biometrics holds it (202) until intake's event arrives, and its status says the outcome.
    private async Task CaptureAsync(Guid applicationId, Workplace workplace, string authorization, Random random, CancellationToken cancellationToken)
    {
        for (var attempt = 1; attempt <= 2; attempt++)
        {
            var form = BiometricSamples.Capture(random, applicationId, workplace.MachineId, poorFinger: attempt == 1 && random.Next(20) == 0);
            var body = JsonSerializer.SerializeToUtf8Bytes(form, CliJson.Default.CaptureForm);
            // One key per capture: a retry after a lost answer finds the capture it made instead of making another.
            var key = Guid.NewGuid().ToString("N");
            Stats.Captures.Start();
            var answer = await Registry.SendAsync(() => _client.SendAsync(Operation.Capture, HttpMethod.Post, CapturesPath, body,
                PlatformClient.Json, authorization, key, workplace.MachineId, cancellationToken), Stats.Captures.Wait, cancellationToken);
            if (answer.Status == 202 && answer.Read(CliJson.Default.CaptureResult) is { } held)
            {
                // The capture's own attempts count, the reads of its status are waits; a read that failed is the answer.
                var followed = await FollowCaptureAsync(held.CaptureId, authorization, workplace.MachineId, cancellationToken);
                answer = followed.Status == 200 ? followed with { Status = 202, Attempts = answer.Attempts } : followed;
            }

            var outcome = answer.Status is 201 or 202 ? answer.Read(CliJson.Default.CaptureResult)?.Outcome : null;
            Stats.Captures.Finish(answer.Status, answer.Attempts, outcome);
            if (outcome != "RecaptureNeeded")
            {
                return;
            }
        }
    }

    // Reads the capture's status location until it is decided, backing off from the follow-up pause to eight times it.
    private Task<Answer> FollowCaptureAsync(Guid captureId, string authorization, string machineId, CancellationToken cancellationToken)
    {
        var patience = Stopwatch.StartNew();
        return Patiently.SendAsync(
            () => _client.SendAsync(Operation.CaptureStatus, HttpMethod.Get, $"{CapturesPath}/{captureId}", null, PlatformClient.Json,
                authorization, machineId: machineId, cancellationToken: cancellationToken),
            answer => answer.Status == 200 && answer.Read(CliJson.Default.CaptureResult)?.Outcome == WaitingForApplication
                      && patience.Elapsed <= _options.FollowUpPatience,
            Stats.Captures.Wait, _options.FollowUpPause, _options.FollowUpPause * 8, cancellationToken);
    }

    // eID requests carry no Idempotency-Key: a 409 after an attempt that got no answer means that attempt was stored,
    // not that the request failed.
    private static bool RetryLanded(Answer answer, string conflict) =>
        answer is { Status: 409, Attempts: > 1 } && answer.Problem()?.Title?.Contains(conflict, StringComparison.Ordinal) == true;

    // E-identification learns of an application from intake's events, a moment after its 201.
    private Task<Answer> SendOnceKnownAsync(
        OperationStats stats, Operation operation, string path, byte[] body, string authorization, string machineId,
        Func<Answer, bool> notKnownYet, CancellationToken cancellationToken)
    {
        stats.Start();
        var patience = Stopwatch.StartNew();
        return Patiently.SendAsync(
            () => _client.SendAsync(operation, HttpMethod.Post, path, body, PlatformClient.Json, authorization, machineId: machineId,
                cancellationToken: cancellationToken),
            answer => Registry.Pending(answer) || (notKnownYet(answer) && patience.Elapsed <= _options.FollowUpPatience),
            stats.Wait, _options.FollowUpPause, _options.FollowUpPause, cancellationToken);
    }
}
