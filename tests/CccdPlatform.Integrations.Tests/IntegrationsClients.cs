using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CccdPlatform.Integrations.Apis;
using CccdPlatform.ServiceDefaults.Authentication;
using CccdPlatform.TestSupport;
using RabbitMQ.Client;

namespace CccdPlatform.Integrations.Tests;

/// <summary>What the tests share: integrators' clients, subscribing, reading answers and reading a queue.</summary>
public static class IntegrationsClients
{
    public const string SubscriptionsPath = SubscriptionsApi.Path;

    /// <summary>An integrator's client; without a subject, a new integrator each time.</summary>
    public static HttpClient Integrator(this IntegrationsFactory factory, string? subject = null) =>
        factory.ClientFor(Roles.Integrator, subject ?? $"integrator-{Guid.NewGuid():N}");

    public static Task<HttpResponseMessage> SubscribeAsync(this HttpClient client, object form) =>
        client.PostAsJsonAsync(SubscriptionsPath, form);

    /// <summary>Subscribes by queue and returns the subscription's id and its AMQP URI (with the one-time password).</summary>
    public static async Task<(Guid Id, string Uri, string Queue)> SubscribeByQueueAsync(this HttpClient client, params string[] eventTypes)
    {
        var created = await (await client.SubscribeAsync(new { eventTypes, delivery = "queue" })).JsonAsync(HttpStatusCode.Created);
        var queue = created.GetProperty("credentials").GetProperty("queue");
        return (created.GetProperty("subscription").GetProperty("id").GetGuid(), queue.Text("uri"), queue.Text("queue"));
    }

    /// <summary>Subscribes a receiver's URL by webhook and trusts the secret given once.</summary>
    public static async Task<Guid> SubscribeByWebhookAsync(this HttpClient client, WebhookReceiver receiver, string name, params string[] eventTypes)
    {
        var created = await (await client.SubscribeAsync(new { eventTypes, delivery = "webhook", webhookUrl = receiver.UrlFor(name) }))
            .JsonAsync(HttpStatusCode.Created);
        receiver.Trust(name, created.GetProperty("credentials").Text("webhookSecret"));
        return created.GetProperty("subscription").GetProperty("id").GetGuid();
    }

    public static async Task<JsonElement> DeliveriesAsync(this HttpClient client, Guid subscriptionId, string? state = null) =>
        (await (await client.GetAsync($"{SubscriptionsPath}/{subscriptionId}/deliveries{(state is null ? "" : $"?state={state}")}"))
            .JsonAsync(HttpStatusCode.OK)).GetProperty("items");

    /// <summary>Waits until the subscription has a delivery in this state and returns the newest.</summary>
    public static async Task<JsonElement> WaitForDeliveryAsync(this HttpClient client, Guid subscriptionId, string state)
    {
        var raw = await Eventually.ReturnsAsync(async () =>
            (await client.DeliveriesAsync(subscriptionId, state)).EnumerateArray().Select(d => d.GetRawText()).FirstOrDefault());
        return JsonDocument.Parse(raw).RootElement.Clone();
    }

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"Expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone();
    }

    public static string Text(this JsonElement element, string property) => element.GetProperty(property).GetString()!;

    /// <summary>The problem's messages for one field, failing when the field is not named.</summary>
    public static async Task<string[]> FieldErrorsAsync(this HttpResponseMessage response, string field)
    {
        var problem = await response.JsonAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out var errors), $"No error names {field}: {problem}");
        return errors.EnumerateArray().Select(e => e.GetString()!).ToArray();
    }

    /// <summary>Reads what waits in a queue without a consumer, as an integrator coming back online would.</summary>
    public static async Task<List<JsonElement>> DrainAsync(string amqpUri, string queue, int expected)
    {
        var factory = new ConnectionFactory { Uri = new Uri(amqpUri) };
        await using var connection = await factory.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        var messages = new List<JsonElement>();
        var deadline = DateTime.UtcNow + Eventually.DefaultTimeout;
        while (messages.Count < expected && DateTime.UtcNow < deadline)
        {
            if (await channel.BasicGetAsync(queue, autoAck: true) is { } result)
            {
                messages.Add(JsonDocument.Parse(result.Body).RootElement.Clone());
            }
            else
            {
                await Task.Delay(50);
            }
        }

        // Anything more would be an event that should not have come.
        await Task.Delay(500);
        while (await channel.BasicGetAsync(queue, autoAck: true) is { } extra)
        {
            messages.Add(JsonDocument.Parse(extra.Body).RootElement.Clone());
        }

        return messages;
    }
}
