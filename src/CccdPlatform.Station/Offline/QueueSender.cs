using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using CccdPlatform.Station.Services;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.WebAssembly.Authentication;

namespace CccdPlatform.Station.Offline;

/// <summary>
/// Sends the officer's waiting items through intake's batch route (<c>POST /api/intake/batches</c>). Each item goes
/// under the client item id it was given when queued, so a batch resent after a lost answer, whole or in part, creates
/// nothing twice (intake keys items by machine and client item id). Created and AlreadyReceived items leave the queue
/// and their receipts stay on the queue page; Invalid and Conflict items stay, with the problem, until the officer
/// fixes or removes them.
/// </summary>
public sealed class QueueSender(HttpClient http, OfflineQueue queue, Workplace workplace, AuthenticationStateProvider authentication)
{
    public const int MaxItemsPerBatch = 1000;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly SemaphoreSlim _one = new(1, 1);
    private readonly List<Receipt> _receipts = [];

    /// <summary>What the platform took in this session, newest first; kept in memory only.</summary>
    public IReadOnlyList<Receipt> Receipts => _receipts;

    public SendReport? LastReport { get; private set; }

    public bool IsSending { get; private set; }

    public event Action? Changed;

    /// <summary>
    /// Sends what waits. With <paramref name="interactive"/> (the officer pressed "Send now"), an expired session leads
    /// to the sign-in page and back to the queue; in the background it only says that a sign-in is needed, so that
    /// a half-filled form is never left behind.
    /// </summary>
    public async Task<SendReport> SendAsync(bool interactive, CancellationToken cancellationToken = default)
    {
        if (!await _one.WaitAsync(0, cancellationToken))
        {
            return LastReport ?? new SendReport(SendState.Busy);
        }

        try
        {
            IsSending = true;
            Changed?.Invoke();
            return LastReport = await SendWaitingAsync(interactive, cancellationToken);
        }
        finally
        {
            IsSending = false;
            _one.Release();
            Changed?.Invoke();
        }
    }

    private async Task<SendReport> SendWaitingAsync(bool interactive, CancellationToken cancellationToken)
    {
        var user = (await authentication.GetAuthenticationStateAsync()).User;
        if (user.Subject() is not { } owner)
        {
            return new SendReport(SendState.SignInNeeded);
        }

        var waiting = (await queue.ListAsync(owner)).Where(i => !i.HasProblem).ToList();
        if (waiting.Count == 0)
        {
            return new SendReport(SendState.Sent);
        }

        await workplace.LoadAsync();
        if (!workplace.IsChosen)
        {
            return new SendReport(SendState.Refused, "Choose this device's registered machine first.");
        }

        var report = new SendReport(SendState.Sent);
        foreach (var chunk in waiting.Chunk(MaxItemsPerBatch))
        {
            report = Add(report, await SendBatchAsync(chunk, interactive, cancellationToken));
            if (report.State != SendState.Sent)
            {
                break;
            }
        }

        return report;
    }

    private async Task<SendReport> SendBatchAsync(QueuedApplication[] items, bool interactive, CancellationToken cancellationToken)
    {
        // A new batch id per sending is safe: what makes an item the same is its machine and client item id.
        var batch = new JsonObject
        {
            ["batchId"] = Guid.NewGuid().ToString(),
            ["machineId"] = workplace.MachineId,
            ["items"] = new JsonArray(items.Select(i => (JsonNode)new JsonObject
            {
                ["clientItemId"] = i.ClientItemId,
                ["application"] = i.Application.DeepClone(),
            }).ToArray()),
        };
        HttpResponseMessage response;
        try
        {
            response = await http.PostAsJsonAsync("api/intake/batches", batch, Json, cancellationToken);
        }
        catch (AccessTokenNotAvailableException expired)
        {
            if (interactive)
            {
                expired.Redirect();
            }

            return new SendReport(SendState.SignInNeeded);
        }
        catch (HttpRequestException)
        {
            return new SendReport(SendState.Offline);
        }

        using (response)
        {
            if (response.StatusCode == HttpStatusCode.Unauthorized)
            {
                return new SendReport(SendState.SignInNeeded);
            }

            if (!response.IsSuccessStatusCode)
            {
                // A refused machine or team refuses the whole batch and stores nothing: every item stays as it was.
                var problem = await ProblemText.ReadAsync(response, cancellationToken);
                return new SendReport(SendState.Refused, problem);
            }

            var result = await response.Content.ReadFromJsonAsync<BatchAnswer>(Json, cancellationToken);
            return await ApplyAsync(items, result!, cancellationToken);
        }
    }

    private async Task<SendReport> ApplyAsync(QueuedApplication[] items, BatchAnswer answer, CancellationToken cancellationToken)
    {
        var byId = items.ToDictionary(i => i.ClientItemId);
        var report = new SendReport(SendState.Sent);
        foreach (var outcome in answer.Items)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (outcome.ClientItemId is null || !byId.TryGetValue(outcome.ClientItemId, out var item))
            {
                continue;
            }

            switch (outcome.Outcome)
            {
                case "Created" or "AlreadyReceived":
                    await queue.RemoveAsync(item.ClientItemId);
                    _receipts.Insert(0, new Receipt(item.ClientItemId, outcome.ApplicationId, item.Text("fullName"), outcome.Outcome == "Created"));
                    report = report with { Created = report.Created + (outcome.Outcome == "Created" ? 1 : 0), AlreadyReceived = report.AlreadyReceived + (outcome.Outcome == "Created" ? 0 : 1) };
                    break;
                case "Conflict":
                    await queue.MarkProblemAsync(item.ClientItemId, new ItemProblem(outcome.Outcome,
                        "The citizen already has an open application.", null, outcome.ApplicationId));
                    report = report with { Problems = report.Problems + 1 };
                    break;
                default:
                    await queue.MarkProblemAsync(item.ClientItemId, new ItemProblem(outcome.Outcome, null, outcome.Errors, null));
                    report = report with { Problems = report.Problems + 1 };
                    break;
            }
        }

        return report;
    }

    private static SendReport Add(SendReport sum, SendReport next) => next with
    {
        Created = sum.Created + next.Created,
        AlreadyReceived = sum.AlreadyReceived + next.AlreadyReceived,
        Problems = sum.Problems + next.Problems,
    };

    private sealed record BatchAnswer(string BatchId, List<BatchOutcome> Items);

    private sealed record BatchOutcome(string? ClientItemId, string Outcome, Guid? ApplicationId, Dictionary<string, string[]>? Errors);
}
