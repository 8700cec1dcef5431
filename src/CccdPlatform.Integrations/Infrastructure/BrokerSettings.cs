using CccdPlatform.Integrations.Extensions;

namespace CccdPlatform.Integrations.Infrastructure;

/// <summary>Where the broker's management API is, with which credentials, and what integrators connect to.</summary>
public sealed record BrokerSettings(Uri Management, string User, string Password, string VirtualHost, Uri PublicAmqp)
{
    public static BrokerSettings From(IntegrationsOptions options, string messagingConnectionString)
    {
        if (!Uri.TryCreate(options.RabbitMqManagement, UriKind.Absolute, out var management)
            || management.UserInfo.Split(':', 2) is not [{ Length: > 0 } user, { Length: > 0 } password])
        {
            throw new InvalidOperationException(
                "Integrations:RabbitMqManagement must be the management API's URL with its credentials, e.g. http://user:password@host:15672.");
        }

        var messaging = new Uri(messagingConnectionString);
        var path = Uri.UnescapeDataString(messaging.AbsolutePath.TrimStart('/'));
        var publicAmqp = options.AmqpPublicUri is { Length: > 0 } configured
            ? new Uri(configured)
            : new UriBuilder(messaging.Scheme, messaging.Host, messaging.Port).Uri;
        return new BrokerSettings(
            new Uri(management.GetLeftPart(UriPartial.Authority) + "/"),
            Uri.UnescapeDataString(user),
            Uri.UnescapeDataString(password),
            path.Length == 0 ? "/" : path,
            publicAmqp);
    }
}
