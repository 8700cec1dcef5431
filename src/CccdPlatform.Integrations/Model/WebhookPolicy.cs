using System.Net;
using System.Net.Sockets;

namespace CccdPlatform.Integrations.Model;

/// <summary>
/// Where webhooks may go. Unless insecure targets are allowed (Development), only https, and never an address of the
/// platform's own networks: loopback, private, link-local (the cloud metadata endpoint), carrier-grade NAT or
/// unique-local. The address is checked again when connecting, so a name that resolves inside is refused too.
/// </summary>
public sealed class WebhookPolicy(bool allowInsecure)
{
    public const int MaxUrlLength = 2000;

    public bool AllowsInsecure => allowInsecure;

    /// <summary>Why the URL cannot take webhooks, or null when it can.</summary>
    public string? ProblemWith(string url)
    {
        if (url.Length > MaxUrlLength || !Uri.TryCreate(url, UriKind.Absolute, out var uri)
            || uri.Scheme is not ("https" or "http"))
        {
            return "Give an absolute https URL.";
        }

        if (uri.UserInfo.Length > 0 || uri.Fragment.Length > 0)
        {
            return "The URL may hold neither credentials nor a fragment: the signature authenticates the platform.";
        }

        if (allowInsecure)
        {
            return null;
        }

        if (uri.Scheme != Uri.UriSchemeHttps)
        {
            return "Webhooks are sent over https only.";
        }

        var internalHost = uri.IsLoopback || uri.Host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase)
            || (IPAddress.TryParse(uri.IdnHost, out var address) && !IsPublic(address));
        return internalHost ? "The URL must name a public address." : null;
    }

    public bool Allows(IPAddress address) => allowInsecure || IsPublic(address);

    public static bool IsPublic(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any)
            || address.Equals(IPAddress.Broadcast))
        {
            return false;
        }

        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            var first = address.GetAddressBytes()[0];
            return !(address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast || (first & 0xFE) == 0xFC);
        }

        var b = address.GetAddressBytes();
        return !(b[0] is 0 or 10 or 127 or >= 224
                 || (b[0] == 169 && b[1] == 254)
                 || (b[0] == 172 && b[1] is >= 16 and <= 31)
                 || (b[0] == 192 && b[1] == 168)
                 || (b[0] == 100 && b[1] is >= 64 and <= 127));
    }
}
