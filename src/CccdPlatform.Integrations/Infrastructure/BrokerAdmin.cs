using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.RegularExpressions;
using CccdPlatform.Integrations.Apis;
using CccdPlatform.Integrations.Extensions;
using CccdPlatform.Integrations.Model;
using Microsoft.Extensions.Options;

namespace CccdPlatform.Integrations.Infrastructure;

/// <summary>
/// Gives each queue subscription its own durable quorum queue, bound to the exchanges of its events, and a RabbitMQ
/// user that may read that queue and nothing else: no configure or write permission anywhere, so it can neither
/// declare, bind, delete nor publish.
/// </summary>
public sealed class BrokerAdmin
{
    private readonly HttpClient _http;
    private readonly BrokerSettings _settings;
    private readonly QueueOptions _queues;
    private readonly string _vhost;

    public BrokerAdmin(HttpClient http, BrokerSettings settings, IOptions<IntegrationsOptions> options)
    {
        _http = http;
        _settings = settings;
        _queues = options.Value.Queues;
        _vhost = Uri.EscapeDataString(settings.VirtualHost);
        http.BaseAddress = settings.Management;
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{settings.User}:{settings.Password}")));
    }

    public async Task GrantQueueAsync(Subscription subscription, IEnumerable<PublicEvent> events, string password,
        CancellationToken cancellationToken)
    {
        var queue = Uri.EscapeDataString(subscription.QueueName!);
        await SendAsync(HttpMethod.Put, $"api/queues/{_vhost}/{queue}", new
        {
            durable = true,
            auto_delete = false,
            arguments = new Dictionary<string, object>
            {
                ["x-queue-type"] = "quorum",
                ["x-message-ttl"] = (long)_queues.MessageTtl.TotalMilliseconds,
                ["x-max-length"] = _queues.MaxLength,
            },
        }, cancellationToken);
        foreach (var evt in events)
        {
            var exchange = Uri.EscapeDataString(evt.ExchangeName);
            // As MassTransit declares it on its first publish, so that binding works before that.
            await SendAsync(HttpMethod.Put, $"api/exchanges/{_vhost}/{exchange}",
                new { type = "fanout", durable = true, auto_delete = false, @internal = false, arguments = new { } },
                cancellationToken);
            await SendAsync(HttpMethod.Post, $"api/bindings/{_vhost}/e/{exchange}/q/{queue}",
                new { routing_key = "", arguments = new { } }, cancellationToken);
        }

        await SetPasswordAsync(subscription.BrokerUser!, password, cancellationToken);
        await SendAsync(HttpMethod.Put, $"api/permissions/{_vhost}/{Uri.EscapeDataString(subscription.BrokerUser!)}", new
        {
            configure = "^$",
            write = "^$",
            read = $"^{Regex.Escape(subscription.QueueName!)}$",
        }, cancellationToken);
    }

    /// <summary>Sets the user's password and closes its connections, so that only the new password reads on.</summary>
    public async Task SetPasswordAsync(string user, string password, CancellationToken cancellationToken)
    {
        await SendAsync(HttpMethod.Put, $"api/users/{Uri.EscapeDataString(user)}", new { password, tags = "" }, cancellationToken);
        await CloseConnectionsAsync(user, cancellationToken);
    }

    /// <summary>Deletes the user, its connections and its queue (with what waits in it). Safe to repeat.</summary>
    public async Task RevokeQueueAsync(Subscription subscription, CancellationToken cancellationToken)
    {
        await SendAsync(HttpMethod.Delete, $"api/users/{Uri.EscapeDataString(subscription.BrokerUser!)}", null, cancellationToken);
        await CloseConnectionsAsync(subscription.BrokerUser!, cancellationToken);
        await SendAsync(HttpMethod.Delete, $"api/queues/{_vhost}/{Uri.EscapeDataString(subscription.QueueName!)}", null, cancellationToken);
    }

    public QueueAccess AccessFor(Subscription subscription, string password)
    {
        var amqp = _settings.PublicAmqp;
        var port = amqp.IsDefaultPort || amqp.Port <= 0 ? (amqp.Scheme == "amqps" ? 5671 : 5672) : amqp.Port;
        var uri = $"{amqp.Scheme}://{Uri.EscapeDataString(subscription.BrokerUser!)}:{Uri.EscapeDataString(password)}" +
                  $"@{amqp.Host}:{port}/{_vhost}";
        return new QueueAccess(uri, amqp.Host, port, _settings.VirtualHost, subscription.BrokerUser!, password, subscription.QueueName!);
    }

    private async Task CloseConnectionsAsync(string user, CancellationToken cancellationToken)
    {
        var connections = await _http.GetFromJsonAsync<List<BrokerConnection>>($"api/vhosts/{_vhost}/connections", cancellationToken) ?? [];
        foreach (var connection in connections.Where(c => c.User == user))
        {
            using var request = new HttpRequestMessage(HttpMethod.Delete, $"api/connections/{Uri.EscapeDataString(connection.Name)}");
            request.Headers.Add("X-Reason", "The integrator's credentials changed or its subscription ended.");
            using var response = await _http.SendAsync(request, cancellationToken);
        }
    }

    private async Task SendAsync(HttpMethod method, string path, object? body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        HttpResponseMessage response;
        try
        {
            response = await _http.SendAsync(request, cancellationToken);
        }
        catch (HttpRequestException exception)
        {
            throw new BrokerAdminException($"RabbitMQ's management API did not answer {method} {path}.", exception);
        }

        using (response)
        {
            if (!response.IsSuccessStatusCode && !(method == HttpMethod.Delete && response.StatusCode == HttpStatusCode.NotFound))
            {
                throw new BrokerAdminException($"RabbitMQ's management API answered {(int)response.StatusCode} to {method} {path}.");
            }
        }
    }

    private sealed record BrokerConnection(string Name, string? User);
}
