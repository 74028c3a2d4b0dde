using System.Net.WebSockets;
using System.Threading.Channels;

namespace CapConduit.Api.Transport.WebSockets;

/// <summary>
/// The bounded send buffer of one connection, drained by a single writer. Producers never wait: when the buffer is
/// full, <see cref="TryEnqueue"/> fails and the connection closes the slow consumer, so a publisher shared by many
/// connections is never held up by one of them.
/// </summary>
public sealed class OutboundQueue(int capacity, TimeSpan closeTimeout, TimeProvider timeProvider)
{
    private readonly Channel<byte[]> _channel = Channel.CreateBounded<byte[]>(
        new BoundedChannelOptions(capacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    private readonly CancellationTokenSource _discard = new(Timeout.InfiniteTimeSpan, timeProvider);
    private readonly Lock _gate = new();
    private (WebSocketCloseStatus Status, string Reason)? _close;

    /// <summary>Messages waiting to be sent.</summary>
    public int Count => _channel.Reader.Count;

    /// <returns>False when the buffer is full or the queue is closing.</returns>
    public bool TryEnqueue(byte[] message) => _channel.Writer.TryWrite(message);

    /// <summary>
    /// Ends the queue with a close frame. Already queued messages are sent first unless
    /// <paramref name="discardPending"/>; then an in-flight send gets <c>closeTimeout</c> to finish before the socket
    /// is aborted.
    /// </summary>
    /// <returns>False when a close was already requested.</returns>
    public bool RequestClose(WebSocketCloseStatus status, string reason, bool discardPending = false)
    {
        lock (_gate)
        {
            if (_close is not null)
            {
                return false;
            }

            _close = (status, reason);
        }

        _channel.Writer.TryComplete();
        if (discardPending)
        {
            _discard.CancelAfter(closeTimeout);
        }

        return true;
    }

    /// <summary>Sends queued messages until closed, then the close frame.</summary>
    public async Task RunWriterAsync(WebSocket socket, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(socket);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, _discard.Token);
        try
        {
            await foreach (var message in _channel.Reader.ReadAllAsync(linked.Token))
            {
                await socket.SendAsync(message, WebSocketMessageType.Text, true, linked.Token);
            }

            if (_close is { } close && socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                using var timeout = new CancellationTokenSource(closeTimeout, timeProvider);
                await socket.CloseOutputAsync(close.Status, close.Reason, timeout.Token);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
            socket.Abort();
        }
        finally
        {
            _discard.Dispose();
        }
    }
}
