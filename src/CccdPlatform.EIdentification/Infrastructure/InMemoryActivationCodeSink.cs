using System.Collections.Concurrent;
using CccdPlatform.EIdentification.Model;

namespace CccdPlatform.EIdentification.Infrastructure;

/// <summary>
/// Development only: keeps the texts it would have sent (the newest 1,000) so that a developer or a test can read the
/// codes through <c>GET /api/eid/dev/outbox</c>.
/// </summary>
public sealed class InMemoryActivationCodeSink(TimeProvider clock) : IActivationCodeSender
{
    private const int Capacity = 1000;
    private readonly ConcurrentQueue<SentMessage> _sent = new();

    public Task SendAsync(ActivationMessage message, CancellationToken cancellationToken)
    {
        _sent.Enqueue(new SentMessage(message.PhoneNumber, message.AccountId, message.Text, clock.GetUtcNow()));
        while (_sent.Count > Capacity && _sent.TryDequeue(out _))
        {
        }

        return Task.CompletedTask;
    }

    /// <summary>The texts sent to one phone, newest first.</summary>
    public IReadOnlyList<SentMessage> SentTo(string phoneNumber) =>
        _sent.Where(m => m.PhoneNumber == phoneNumber).Reverse().ToList();
}
