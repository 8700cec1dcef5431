using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.JSInterop;

namespace CccdPlatform.Station.Offline;

/// <summary>
/// The applications made without network, as kept by <c>wwwroot/offline/queue.js</c> in IndexedDB (encrypted), and
/// the network's state as the browser sees it. One per app: the layout, the form and the queue page share it.
/// </summary>
public sealed class OfflineQueue(IJSRuntime js) : IAsyncDisposable
{
    private IJSObjectReference? _module;
    private Task<IJSObjectReference>? _start;
    private DotNetObjectReference<OfflineQueue>? _self;

    public bool IsOnline { get; private set; } = true;

    /// <summary>The waiting and refused items of everyone who queued on this device, without their content.</summary>
    public IReadOnlyList<QueueEntry> Entries { get; private set; } = [];

    /// <summary>The queue or the network changed (in this tab or another).</summary>
    public event Action? Changed;

    /// <summary>The network came back.</summary>
    public event Func<Task>? Online;

    // Started once and awaited by everyone: the badge and the page start it together, and neither may see the queue
    // before its entries are read.
    private Task<IJSObjectReference> ModuleAsync() => _start ??= LoadAsync();

    private async Task<IJSObjectReference> LoadAsync()
    {
        var module = await js.InvokeAsync<IJSObjectReference>("import", "./offline/queue.js");
        _self = DotNetObjectReference.Create(this);
        IsOnline = await module.InvokeAsync<bool>("watch", _self);
        Entries = await module.InvokeAsync<QueueEntry[]>("summary");
        _module = module;
        return module;
    }

    public async Task StartAsync() => await ModuleAsync();

    /// <summary>
    /// Queues an application for the officer and returns the client item id it is sent under, now and on every resend.
    /// The collection time is the moment it was queued, not the moment it reaches the platform.
    /// </summary>
    public async Task<string> EnqueueAsync(string owner, JsonObject application, DateTimeOffset now)
    {
        application["collectedAt"] ??= now.ToString("O", System.Globalization.CultureInfo.InvariantCulture);
        var module = await ModuleAsync();
        var id = await module.InvokeAsync<string>("enqueue", owner, application.ToJsonString());
        await RefreshAsync();
        return id;
    }

    /// <summary>The officer's own items in full (decrypted), oldest first.</summary>
    public async Task<IReadOnlyList<QueuedApplication>> ListAsync(string owner)
    {
        var items = await (await ModuleAsync()).InvokeAsync<StoredItem[]>("list", owner);
        return items.Select(i => new QueuedApplication(
            i.ClientItemId, i.QueuedAt, i.State == "problem", JsonNode.Parse(i.Application)!.AsObject(), i.Problem)).ToList();
    }

    public async Task UpdateAsync(string clientItemId, JsonObject application)
    {
        await (await ModuleAsync()).InvokeAsync<bool>("update", clientItemId, application.ToJsonString());
        await RefreshAsync();
    }

    public async Task MarkProblemAsync(string clientItemId, ItemProblem problem)
    {
        await (await ModuleAsync()).InvokeAsync<bool>("markProblem", clientItemId, problem);
        await RefreshAsync();
    }

    public async Task RemoveAsync(string clientItemId)
    {
        await (await ModuleAsync()).InvokeVoidAsync("remove", clientItemId);
        await RefreshAsync();
    }

    /// <summary>Whether a failed submission means "no network": then the application is queued instead.</summary>
    public async Task<bool> IsOfflineFailureAsync(Exception exception)
    {
        if (exception is HttpRequestException { StatusCode: null })
        {
            return true;
        }

        IsOnline = await (await ModuleAsync()).InvokeAsync<bool>("online");
        return !IsOnline && exception is HttpRequestException or TaskCanceledException;
    }

    [JSInvokable]
    public async Task NetworkChanged(bool online)
    {
        IsOnline = online;
        Changed?.Invoke();
        if (online && Online is { } handler)
        {
            await handler();
        }
    }

    [JSInvokable]
    public Task QueueChanged() => RefreshAsync();

    private async Task RefreshAsync()
    {
        Entries = await (await ModuleAsync()).InvokeAsync<QueueEntry[]>("summary");
        Changed?.Invoke();
    }

    public async ValueTask DisposeAsync()
    {
        if (_module is not null)
        {
            await _module.DisposeAsync();
        }

        _self?.Dispose();
    }

    private sealed record StoredItem(string ClientItemId, DateTimeOffset QueuedAt, string State, string Application, ItemProblem? Problem);
}
