using System.Net;
using System.Net.Sockets;

namespace CapConduit.Testing;

/// <summary>A loopback TCP port nothing listens on right now.</summary>
public static class FreePort
{
    public static int Next()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
