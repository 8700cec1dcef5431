namespace CccdPlatform.Integrations.Apis;

/// <summary>How an integrator reads its queue. The password is shown once: only RabbitMQ keeps (a hash of) it.</summary>
/// <param name="Uri">All of it as one AMQP URI.</param>
public sealed record QueueAccess(string Uri, string Host, int Port, string VirtualHost, string Username, string Password, string Queue);
