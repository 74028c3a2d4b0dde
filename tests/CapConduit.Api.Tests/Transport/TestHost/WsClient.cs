using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace CapConduit.Api.Tests.Transport.TestHost;

/// <summary>A graphql-transport-ws client over <see cref="ClientWebSocket"/> for tests.</summary>
public sealed class WsClient : IAsyncDisposable
{
    private static readonly TimeSpan ReceiveLimit = TimeSpan.FromSeconds(15);
    private readonly ClientWebSocket _socket = new();

    private WsClient()
    {
    }

    public WebSocketCloseStatus? CloseStatus => _socket.CloseStatus;

    public string? CloseDescription => _socket.CloseStatusDescription;

    public static async Task<WsClient> ConnectAsync(TransportTestHost host, string? subProtocol = "graphql-transport-ws")
    {
        var client = new WsClient();
        if (subProtocol is not null)
        {
            client._socket.Options.AddSubProtocol(subProtocol);
        }

        await client._socket.ConnectAsync(host.WebSocketUri, CancellationToken.None);
        return client;
    }

    /// <summary>Connects, sends connection_init with the token and expects connection_ack.</summary>
    public static async Task<WsClient> ConnectAndInitAsync(TransportTestHost host, string token = "user:alice")
    {
        var client = await ConnectAsync(host);
        await client.SendAsync(new { type = "connection_init", payload = new { token } });
        var ack = await client.ReceiveAsync();
        Assert.Equal("connection_ack", ack?.GetProperty("type").GetString());
        return client;
    }

    public Task SendAsync(object message) => SendRawAsync(JsonSerializer.Serialize(message));

    public Task SubscribeAsync(string id, string query) =>
        SendAsync(new { id, type = "subscribe", payload = new { query } });

    public async Task SendRawAsync(string text) =>
        await _socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, CancellationToken.None);

    /// <summary>The next message, or null when the server closed the socket (see <see cref="CloseStatus"/>).</summary>
    public async Task<JsonElement?> ReceiveAsync()
    {
        using var timeout = new CancellationTokenSource(ReceiveLimit);
        using var buffer = new MemoryStream();
        var chunk = new byte[64 * 1024];
        WebSocketReceiveResult result;
        do
        {
            result = await _socket.ReceiveAsync(chunk, timeout.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            buffer.Write(chunk, 0, result.Count);
        }
        while (!result.EndOfMessage);

        using var doc = JsonDocument.Parse(buffer.ToArray());
        return doc.RootElement.Clone();
    }

    /// <summary>Reads until the server closes; returns the close code (null if the socket was aborted).</summary>
    public async Task<int?> ReceiveCloseAsync()
    {
        try
        {
            while (await ReceiveAsync() is not null)
            {
            }
        }
        catch (WebSocketException)
        {
            return null;
        }

        return (int?)CloseStatus;
    }

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            try
            {
                await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "bye", timeout.Token);
            }
            catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
            {
            }
        }

        _socket.Dispose();
    }
}
