using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CapConduit.Api.Tests.LiveEvents;

/// <summary>A graphql-transport-ws client over the in-process test server's WebSocket support.</summary>
public sealed class LiveWsClient : IAsyncDisposable
{
    public const string CallEventsSubscription = """
        subscription Events($filter: CallEventFilter) {
          callEvents(filter: $filter) { type callId occurredAt sellerId campaignId campaignName didNumber clientId clientName outcome }
        }
        """;

    private static readonly TimeSpan ReceiveLimit = TimeSpan.FromSeconds(20);
    private readonly WebSocket _socket;

    private LiveWsClient(WebSocket socket) => _socket = socket;

    public WebSocketCloseStatus? CloseStatus => _socket.CloseStatus;

    public static async Task<LiveWsClient> ConnectAsync(WebApplicationFactory<Program> api)
    {
        var client = api.Server.CreateWebSocketClient();
        client.SubProtocols.Add("graphql-transport-ws");
        var socket = await client.ConnectAsync(new Uri(api.Server.BaseAddress, "graphql"), CancellationToken.None);
        return new LiveWsClient(socket);
    }

    /// <summary>Connects, sends connection_init with the bearer token and expects connection_ack.</summary>
    public static async Task<LiveWsClient> ConnectAndInitAsync(WebApplicationFactory<Program> api, string token)
    {
        var client = await ConnectAsync(api);
        await client.SendAsync(new { type = "connection_init", payload = new Dictionary<string, string> { ["Authorization"] = $"Bearer {token}" } });
        var ack = await client.ReceiveAsync();
        Assert.Equal("connection_ack", ack?.GetProperty("type").GetString());
        return client;
    }

    public Task SendAsync(object message) =>
        _socket.SendAsync(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(message)), WebSocketMessageType.Text, true, CancellationToken.None);

    /// <summary>Subscribes to callEvents; <paramref name="filter"/> is the CallEventFilter variable (or null).</summary>
    public Task SubscribeCallEventsAsync(string id, object? filter = null) =>
        SendAsync(new { id, type = "subscribe", payload = new { query = CallEventsSubscription, variables = new { filter } } });

    /// <summary>The next message, or null once the server closed the socket.</summary>
    public async Task<JsonElement?> ReceiveAsync()
    {
        using var timeout = new CancellationTokenSource(ReceiveLimit);
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        WebSocketReceiveResult result;
        do
        {
            result = await _socket.ReceiveAsync(chunk, timeout.Token);
            if (result.MessageType == WebSocketMessageType.Close)
                return null;
            buffer.Write(chunk, 0, result.Count);
        }
        while (!result.EndOfMessage);

        using var doc = JsonDocument.Parse(buffer.ToArray());
        return doc.RootElement.Clone();
    }

    /// <summary>The payload.data.callEvents of the next <c>next</c> message (fails on anything else).</summary>
    public async Task<JsonElement> ReceiveEventAsync()
    {
        var message = await ReceiveAsync() ?? throw new InvalidOperationException($"Socket closed ({CloseStatus}) while waiting for an event.");
        Assert.True(message.GetProperty("type").GetString() == "next", $"Expected a next message, got {message}");
        return message.GetProperty("payload").GetProperty("data").GetProperty("callEvents");
    }

    /// <summary>Reads until the server closes; returns the close code.</summary>
    public async Task<int?> ReceiveCloseAsync()
    {
        while (await ReceiveAsync() is not null)
        {
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
