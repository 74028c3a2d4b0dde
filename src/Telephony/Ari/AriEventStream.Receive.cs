using System.Buffers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace CapConduit.Telephony.Ari;

public sealed partial class AriEventStream
{
    private async Task ReceiveAsync(ClientWebSocket socket, CancellationToken cancellationToken)
    {
        var message = new ArrayBufferWriter<byte>(16 * 1024);
        while (socket.State == WebSocketState.Open)
        {
            message.ResetWrittenCount();
            ValueWebSocketReceiveResult result;
            do
            {
                result = await socket.ReceiveAsync(message.GetMemory(8 * 1024), cancellationToken)
                    .ConfigureAwait(false);
                message.Advance(result.Count);
            }
            while (!result.EndOfMessage && result.MessageType != WebSocketMessageType.Close);

            if (result.MessageType == WebSocketMessageType.Close)
                return;

            Events.AriEvent decoded;
            try
            {
                decoded = AriEventDecoder.Decode(message.WrittenSpan);
            }
            catch (JsonException e)
            {
                AriLog.UndecodableEvent(_logger, Encoding.UTF8.GetString(message.WrittenSpan), e);
                continue;
            }

            try
            {
                await sink(decoded).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A faulty sink must not take the stream down for every other call.
                AriLog.SinkFailed(_logger, decoded.Type, e);
            }
        }
    }

    private void OnConnected(CancellationToken cancellationToken)
    {
        var isReconnect = Interlocked.Increment(ref _connections) > 1;
        if (isReconnect)
            Interlocked.Increment(ref _reconnects);
        _isConnected = true;
        AriLog.StreamConnected(_logger, EventsUri, ReconnectCount);
        if (Connected is not { } handlers)
            return;
        foreach (var handler in handlers.GetInvocationList().Cast<Func<bool, CancellationToken, ValueTask>>())
            _ = RunHandlerAsync(handler, isReconnect, cancellationToken);
    }

    private async Task RunHandlerAsync(Func<bool, CancellationToken, ValueTask> handler, bool isReconnect,
        CancellationToken cancellationToken)
    {
        try
        {
            await Task.Yield();
            await handler(isReconnect, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            AriLog.HandlerFailed(_logger, e);
        }
        catch (OperationCanceledException)
        {
        }
    }

    private void RaiseDisconnected(Exception? error)
    {
        try
        {
            Disconnected?.Invoke(error);
        }
        catch (Exception e)
        {
            AriLog.HandlerFailed(_logger, e);
        }
    }
}
