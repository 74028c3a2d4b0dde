using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using CapConduit.Testing;
using StackExchange.Redis;

namespace CapConduit.Api.Tests.Hosting;

/// <summary>
/// A redis-server of the test's own on a free loopback port (no persistence), so a test can take Redis down and
/// bring it back without touching the shared instance.
/// </summary>
internal sealed class RedisProcess : IAsyncDisposable
{
    private Process? _process;

    private RedisProcess(int port) => Port = port;

    public int Port { get; }

    /// <summary>Short timeouts so an outage shows within a second.</summary>
    public string ConnectionString =>
        $"127.0.0.1:{Port},abortConnect=false,connectTimeout=500,syncTimeout=1000,asyncTimeout=1000,connectRetry=1";

    public static async Task<RedisProcess> StartAsync()
    {
        var server = new RedisProcess(FreePort.Next());
        await server.RestartAsync();
        return server;
    }

    public async Task RestartAsync()
    {
        _process = Process.Start(new ProcessStartInfo("redis-server",
            ["--port", Port.ToString(CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"])
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        }) ?? throw new InvalidOperationException("redis-server did not start; is it installed?");
        _process.OutputDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        await Eventually.TrueAsync(async () =>
        {
            try
            {
                await using var probe = await ConnectionMultiplexer.ConnectAsync($"127.0.0.1:{Port},connectTimeout=200");
                await probe.GetDatabase().PingAsync();
                return true;
            }
            catch (RedisConnectionException)
            {
                return false;
            }
        }, $"redis-server answers on port {Port}");
    }

    public async Task KillAsync()
    {
        if (_process is null)
            return;
        _process.Kill();
        await _process.WaitForExitAsync();
        _process.Dispose();
        _process = null;
    }

    public async ValueTask DisposeAsync() => await KillAsync();
}

internal static class FreePort
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
