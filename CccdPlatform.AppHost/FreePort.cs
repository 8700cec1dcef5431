using System.Net;
using System.Net.Sockets;

namespace CccdPlatform.AppHost;

/// <summary>
/// Picks free TCP ports on 127.0.0.1. Aspire does not allocate ports for endpoints that are not proxied,
/// and the local servers are not proxied so that their clients reach them directly. The end-to-end tests use it, and
/// the fault drill compiles this file in (it runs the services without the AppHost).
/// </summary>
public static class FreePort
{
    public static int[] Take(int count)
    {
        // The kernel hands out ports nobody uses; holding all listeners open until every port is known
        // keeps it from handing out the same one twice. A server could still lose its port in the short
        // window before it binds, which is acceptable for a development host.
        var listeners = Enumerable.Range(0, count).Select(_ => new TcpListener(IPAddress.Loopback, 0)).ToArray();
        try
        {
            foreach (var listener in listeners)
            {
                listener.Start();
            }

            return [.. listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port)];
        }
        finally
        {
            foreach (var listener in listeners)
            {
                listener.Dispose();
            }
        }
    }
}
