using MassTransit;
using Microsoft.Extensions.Configuration;

namespace CccdPlatform.ServiceDefaults.Messaging;

/// <summary>
/// How a queue consumed in batches cuts them (at <c>MessageLimit</c> messages or after <c>TimeLimit</c>, whichever comes
/// first) and how many it handles at once, from a configuration section such as <c>Reporting:Batch</c>. The queue holds
/// and handles every message of its batches in flight.
/// </summary>
public sealed record BatchSettings(int MessageLimit, int ConcurrencyLimit, TimeSpan TimeLimit)
{
    public static BatchSettings From(IConfiguration configuration, string section)
    {
        var batch = configuration.GetSection(section);
        return new BatchSettings(
            batch.GetValue("MessageLimit", 100),
            batch.GetValue("ConcurrencyLimit", 4),
            batch.GetValue("TimeLimit", TimeSpan.FromMilliseconds(20)));
    }

    public void Apply(BatchOptions options) =>
        options.SetMessageLimit(MessageLimit).SetConcurrencyLimit(ConcurrencyLimit).SetTimeLimit(TimeLimit);

    public void Apply(IEndpointRegistrationConfigurator endpoint)
    {
        endpoint.PrefetchCount = MessageLimit * ConcurrencyLimit;
        endpoint.ConcurrentMessageLimit = MessageLimit * ConcurrencyLimit;
    }
}
