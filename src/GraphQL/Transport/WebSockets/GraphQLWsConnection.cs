using System.Buffers;
using System.Net.WebSockets;
using System.Security.Claims;

namespace CapConduit.Api.Transport.WebSockets;

/// <summary>
/// One graphql-transport-ws connection: a receive loop that handles messages in order, a single writer draining the
/// <see cref="OutboundQueue"/>, and background checks (init timeout, revalidation, keep-alive ping).
/// </summary>
/// <remarks>https://github.com/enisdenjo/graphql-ws/blob/master/PROTOCOL.md</remarks>
public sealed partial class GraphQLWsConnection
{
    private readonly WebSocket _socket;
    private readonly HttpContext _httpContext;
    private readonly GraphQLWsServices _services;
    private readonly OutboundQueue _outbound;
    private readonly SubscriptionSet _subscriptions;
    private readonly CancellationTokenSource _receiveCts;
    private readonly CancellationTokenSource _lifetimeCts = new();
    private readonly TaskCompletionSource _initialised = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _initReceived;
    private volatile bool _acknowledged;
    private string? _subject;

    internal GraphQLWsConnection(WebSocket socket, HttpContext httpContext, GraphQLWsServices services)
    {
        _socket = socket;
        _httpContext = httpContext;
        _services = services;
        var options = services.Options;
        _outbound = new OutboundQueue(options.OutboundQueueCapacity, options.CloseTimeout, services.TimeProvider);
        _subscriptions = new SubscriptionSet(options.MaxSubscriptionsPerConnection);
        _receiveCts = new CancellationTokenSource(Timeout.InfiniteTimeSpan, services.TimeProvider);
        Principal = new ClaimsPrincipal(new ClaimsIdentity());
    }

    /// <summary>The principal accepted at connection_init (anonymous before).</summary>
    public ClaimsPrincipal Principal { get; private set; }

    public async Task RunAsync(CancellationToken ct)
    {
        _services.Registry.Opened();
        using var aborted = ct.Register(() => Close(WebSocketCloseStatus.EndpointUnavailable, "Server shutting down"));
        var writer = _outbound.RunWriterAsync(_socket, CancellationToken.None);
        var background = RunBackgroundChecksAsync(_lifetimeCts.Token);
        try
        {
            await ReceiveLoopAsync(_receiveCts.Token);
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
            // Peer vanished or did not finish the close handshake in time.
        }
        finally
        {
            await ShutdownAsync(writer, background);
        }
    }

    /// <summary>Stops all operations and closes the socket with <paramref name="code"/> after queued messages.</summary>
    public void Close(int code, string reason) => CloseCore((WebSocketCloseStatus)code, reason, discardPending: false);

    private void Close(WebSocketCloseStatus status, string reason) => CloseCore(status, reason, discardPending: false);

    private bool CloseCore(WebSocketCloseStatus status, string reason, bool discardPending)
    {
        if (!_outbound.RequestClose(status, reason, discardPending))
        {
            return false;
        }

        GraphQLWsLog.Closing(_services.Logger, (int)status, reason, _subject);
        _subscriptions.Clear();
        _lifetimeCts.Cancel();
        // Wait for the peer's close frame a bounded time only.
        _receiveCts.CancelAfter(_services.Options.CloseTimeout * 2);
        return true;
    }

    /// <summary>Queues a frame; a full buffer means a slow consumer, which is closed rather than waited for.</summary>
    private void Send(byte[] frame)
    {
        if (!_outbound.TryEnqueue(frame)
            && CloseCore((WebSocketCloseStatus)GraphQLWsCloseCodes.TryAgainLater, "Try again later: outbound buffer full", discardPending: true))
        {
            GraphQLWsLog.SlowConsumer(_services.Logger, _subject, _services.Options.OutboundQueueCapacity);
        }
    }

    private async Task ReceiveLoopAsync(CancellationToken ct)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        while (true)
        {
            buffer.ResetWrittenCount();
            ValueWebSocketReceiveResult result;
            do
            {
                result = await _socket.ReceiveAsync(buffer.GetMemory(4096), ct);
                buffer.Advance(result.Count);
                if (buffer.WrittenCount > _services.Options.MaxRequestBodyBytes)
                {
                    Close(WebSocketCloseStatus.MessageTooBig, "Message too big");
                    return;
                }
            }
            while (!result.EndOfMessage);

            if (result.MessageType == WebSocketMessageType.Close)
            {
                Close(WebSocketCloseStatus.NormalClosure, "Normal closure");
                return;
            }

            await HandleFrameAsync(buffer.WrittenSpan.ToArray());
        }
    }

    private async Task ShutdownAsync(Task writer, Task background)
    {
        Close(WebSocketCloseStatus.NormalClosure, "Normal closure");
        await Task.WhenAll(writer, background).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        if (_subject is not null)
        {
            _services.Registry.Release(_subject, this);
        }

        _services.Registry.Closed();
        _receiveCts.Dispose();
        _lifetimeCts.Dispose();
    }
}
