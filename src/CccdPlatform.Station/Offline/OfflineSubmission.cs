using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CccdPlatform.Station.Services;
using Microsoft.AspNetCore.Components.Authorization;

namespace CccdPlatform.Station.Offline;

/// <summary>
/// What the form calls to submit: the application goes to <c>POST /api/intake/applications</c> when the platform can
/// be reached, and into the offline queue when it cannot (the browser is offline, or the request got no answer).
/// </summary>
public sealed class OfflineSubmission(HttpClient http, OfflineQueue queue, AuthenticationStateProvider authentication, TimeProvider clock)
{
    /// <summary>The platform's answer (to read as usual), or null with the client item id when it was queued.</summary>
    public async Task<(HttpResponseMessage? Answer, string? QueuedAs)> SubmitAsync(JsonObject application, string idempotencyKey)
    {
        await queue.StartAsync();
        if (queue.IsOnline)
        {
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, "api/intake/applications") { Content = JsonContent.Create(application) };
                request.Headers.Add("Idempotency-Key", idempotencyKey);
                return (await http.SendAsync(request), null);
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
            {
                // No answer at all: queued. Had the platform taken it after all, the batch answers Conflict naming it.
                if (!await queue.IsOfflineFailureAsync(exception))
                {
                    throw;
                }
            }
        }

        var owner = (await authentication.GetAuthenticationStateAsync()).User.Subject()
            ?? throw new InvalidOperationException("Only a signed-in officer queues applications.");
        return (null, await queue.EnqueueAsync(owner, application, clock.GetUtcNow()));
    }
}
