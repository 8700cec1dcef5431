using System.Net;
using System.Net.Sockets;
using System.Text;
using CccdPlatform.Integrations.Model;

namespace CccdPlatform.Integrations.Infrastructure;

/// <summary>
/// Posts one signed webhook. Its own HttpClient, not the platform's defaults: the sender's schedule is the only retry,
/// redirects are not followed, service names do not resolve, and every address is checked by the
/// <see cref="WebhookPolicy"/> as the connection opens.
/// </summary>
public sealed class WebhookClient : IDisposable
{
    private readonly HttpClient _http;

    public WebhookClient(WebhookPolicy policy)
    {
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = false,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            ConnectCallback = async (context, cancellationToken) =>
            {
                var addresses = (await Dns.GetHostAddressesAsync(context.DnsEndPoint.Host, cancellationToken))
                    .Where(policy.Allows).ToArray();
                if (addresses.Length == 0)
                {
                    throw new HttpRequestException(HttpRequestError.ConnectionError,
                        "The webhook's host resolves to no address that webhooks may reach.");
                }

                var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    await socket.ConnectAsync(addresses, context.DnsEndPoint.Port, cancellationToken);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        };
        _http = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        _http.DefaultRequestHeaders.UserAgent.ParseAdd("CccdPlatform-Webhooks/1");
    }

    /// <summary>Null when the receiver answered 2xx, otherwise why not (a status code or the kind of error).</summary>
    public async Task<string?> PostAsync(WebhookDelivery delivery, Uri url, string secret, long timestamp,
        TimeSpan timeout, CancellationToken cancellationToken)
    {
        var body = Encoding.UTF8.GetBytes(delivery.Body);
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new("application/json") { CharSet = "utf-8" };
        request.Headers.Add(WebhookSignature.EventHeader, delivery.EventType);
        request.Headers.Add(WebhookSignature.DeliveryHeader, delivery.Id.ToString());
        request.Headers.Add(WebhookSignature.TimestampHeader, timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.Add(WebhookSignature.SignatureHeader, WebhookSignature.Sign(secret, timestamp, body));

        using var attempt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        attempt.CancelAfter(timeout);
        try
        {
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, attempt.Token);
            return response.IsSuccessStatusCode ? null : $"HTTP {(int)response.StatusCode}";
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return $"No answer within {timeout.TotalSeconds:0.#} s";
        }
        catch (HttpRequestException exception)
        {
            return exception.HttpRequestError == HttpRequestError.Unknown
                ? "Request failed"
                : $"Request failed: {exception.HttpRequestError}";
        }
    }

    public void Dispose() => _http.Dispose();
}
