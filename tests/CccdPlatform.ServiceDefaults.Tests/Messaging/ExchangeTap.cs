using RabbitMQ.Client;

namespace CccdPlatform.ServiceDefaults.Tests.Messaging;

/// <summary>
/// A plain queue bound to an exchange and never consumed: once a publish is confirmed, its copy is in here, so
/// counting the queue counts what reached the broker, duplicates included.
/// </summary>
public sealed class ExchangeTap : IAsyncDisposable
{
    private readonly IConnection _connection;
    private readonly IChannel _channel;
    private readonly string _queue;

    private ExchangeTap(IConnection connection, IChannel channel, string queue)
    {
        _connection = connection;
        _channel = channel;
        _queue = queue;
    }

    public static async Task<ExchangeTap> BindAsync(string amqpConnectionString, string exchange)
    {
        var connection = await new ConnectionFactory { Uri = new Uri(amqpConnectionString) }.CreateConnectionAsync();
        var channel = await connection.CreateChannelAsync();
        var queue = (await channel.QueueDeclareAsync("", durable: false, exclusive: true, autoDelete: true)).QueueName;
        await channel.QueueBindAsync(queue, exchange, routingKey: "");
        return new ExchangeTap(connection, channel, queue);
    }

    public async Task<uint> CountAsync() => (await _channel.QueueDeclarePassiveAsync(_queue)).MessageCount;

    /// <summary>Takes every message out of the queue and returns their AMQP message ids.</summary>
    public async Task<IReadOnlyList<string?>> DrainMessageIdsAsync()
    {
        var ids = new List<string?>();
        while (await _channel.BasicGetAsync(_queue, autoAck: true) is { } message)
        {
            ids.Add(message.BasicProperties.MessageId);
        }

        return ids;
    }

    public async ValueTask DisposeAsync()
    {
        await _channel.DisposeAsync();
        await _connection.DisposeAsync();
    }
}
