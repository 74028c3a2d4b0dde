using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace CapConduit.Benchmarks.LiveEvents;

/// <summary>One graphql-transport-ws client: subscribes to callEvents and records publish-to-delivery latency.</summary>
internal sealed class BenchSubscriber : IAsyncDisposable
{
    private const string Subscription = "subscription { callEvents { callId occurredAt } }";
    private readonly ClientWebSocket _socket = new();
    private readonly List<double> _latenciesMs = new(8192);
    private Task? _receiving;

    public IReadOnlyList<double> LatenciesMs => _latenciesMs;

    public int Received { get; private set; }

    public string? Failure { get; private set; }

    /// <summary>Only events published at or after this are measured (warm-up excluded).</summary>
    public DateTimeOffset MeasureFrom { get; set; } = DateTimeOffset.MaxValue;

    public async Task StartAsync(Uri uri, string token, CancellationToken cancellationToken)
    {
        _socket.Options.AddSubProtocol("graphql-transport-ws");
        await _socket.ConnectAsync(uri, cancellationToken);
        await SendAsync($$$"""{"type":"connection_init","payload":{"Authorization":"Bearer {{{token}}}"}}""", cancellationToken);
        var ack = await ReceiveAsync(new byte[4096], cancellationToken);
        if (ack is null || !ack.Contains("connection_ack", StringComparison.Ordinal))
            throw new InvalidOperationException($"No connection_ack: {ack ?? _socket.CloseStatus.ToString()}");
        await SendAsync($$$"""{"id":"1","type":"subscribe","payload":{"query":"{{{Subscription}}}"}}""", cancellationToken);
        _receiving = Task.Run(() => ReceiveLoopAsync(cancellationToken), CancellationToken.None);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            if (_socket.State == WebSocketState.Open)
                await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", timeout.Token);
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
        {
        }

        if (_receiving is not null)
            await _receiving.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        _socket.Dispose();
    }

    private async Task ReceiveLoopAsync(CancellationToken cancellationToken)
    {
        var buffer = new byte[16 * 1024];
        try
        {
            while (await ReceiveAsync(buffer, cancellationToken) is { } text)
            {
                var now = DateTimeOffset.UtcNow;
                using var doc = JsonDocument.Parse(text);
                var root = doc.RootElement;
                var type = root.GetProperty("type").GetString();
                if (type == "ping")
                {
                    await SendAsync("""{"type":"pong"}""", cancellationToken);
                    continue;
                }

                if (type != "next")
                {
                    Failure = text;
                    return;
                }

                var occurredAt = root.GetProperty("payload").GetProperty("data").GetProperty("callEvents").GetProperty("occurredAt").GetDateTimeOffset();
                Received++;
                if (occurredAt >= MeasureFrom)
                    _latenciesMs.Add((now - occurredAt).TotalMilliseconds);
            }

            Failure ??= _socket.State == WebSocketState.Open ? null : $"closed {_socket.CloseStatus}";
        }
        catch (OperationCanceledException)
        {
        }
        catch (WebSocketException ex)
        {
            Failure = ex.Message;
        }
    }

    private Task SendAsync(string text, CancellationToken cancellationToken) =>
        _socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, cancellationToken);

    private async Task<string?> ReceiveAsync(byte[] buffer, CancellationToken cancellationToken)
    {
        var count = 0;
        WebSocketReceiveResult result;
        do
        {
            if (count == buffer.Length)
                throw new InvalidOperationException("Message larger than the receive buffer.");
            result = await _socket.ReceiveAsync(new ArraySegment<byte>(buffer, count, buffer.Length - count), cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
                return null;
            count += result.Count;
        }
        while (!result.EndOfMessage);

        return Encoding.UTF8.GetString(buffer, 0, count);
    }
}
