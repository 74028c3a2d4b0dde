using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Channels;

namespace CapConduit.FakeAsterisk;

/// <summary>
/// One ordered outbound queue for all events, fanned out to every connected events WebSocket.
/// An item may wait on a gate (its request's reply) so "reply first" keeps the global order.
/// </summary>
internal sealed class EventHub : IAsyncDisposable
{
    private readonly Channel<Outgoing> _queue = Channel.CreateUnbounded<Outgoing>(new() { SingleReader = true });
    private readonly ConcurrentDictionary<Guid, WebSocket> _sockets = new();
    private readonly ConcurrentDictionary<Guid, WebSocket> _replaced = new();
    private readonly ConcurrentQueue<string> _emitted = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _pump;
    private long _sent;

    public EventHub() => _pump = Task.Run(PumpAsync);

    public IReadOnlyList<string> Emitted => _emitted.ToArray();

    public int ConnectionCount => _sockets.Count;

    /// <summary>Events that have left the queue (sent to every socket open at the time).</summary>
    public long SentCount => Interlocked.Read(ref _sent);

    /// <summary>Queues the events (call under the simulator lock so order matches state changes).</summary>
    /// <param name="afterFirstSent">Runs on the pump right after the first event went out (timestamps for load tools).</param>
    public Task Enqueue(IReadOnlyList<JsonObject> events, Task? gate = null, Action? afterFirstSent = null)
    {
        Task sent = Task.CompletedTask;
        foreach (var e in events)
        {
            var json = e.ToJsonString();
            _emitted.Enqueue(json);
            var item = new Outgoing(json, gate, afterFirstSent);
            afterFirstSent = null;
            _queue.Writer.TryWrite(item);
            sent = item.Sent.Task;
        }

        return sent;
    }

    /// <summary>
    /// Subscribes <paramref name="socket"/> to the application. As in Asterisk, an application has one WebSocket at a
    /// time: the sockets already subscribed stop receiving events and get <paramref name="replacedNotice"/>
    /// (ApplicationReplaced) instead, in queue order.
    /// </summary>
    public Guid Add(WebSocket socket, JsonObject replacedNotice)
    {
        ArgumentNullException.ThrowIfNull(replacedNotice);
        var id = Guid.NewGuid();
        lock (_sockets)
        {
            var replaced = _sockets.Values.ToArray();
            foreach (var (oldId, oldSocket) in _sockets)
                _replaced[oldId] = oldSocket;
            _sockets.Clear();
            _sockets[id] = socket;
            if (replaced.Length > 0)
            {
                var json = replacedNotice.ToJsonString();
                _emitted.Enqueue(json);
                _queue.Writer.TryWrite(new Outgoing(json, null, null) { Only = replaced });
            }
        }

        return id;
    }

    public void Remove(Guid id)
    {
        _sockets.TryRemove(id, out _);
        _replaced.TryRemove(id, out _);
    }

    /// <summary>Drops every WebSocket, the subscribed one and those it replaced, as a network failure would.</summary>
    public void AbortAll()
    {
        foreach (var sockets in new[] { _sockets, _replaced })
        {
            foreach (var (id, socket) in sockets)
            {
                socket.Abort();
                sockets.TryRemove(id, out _);
            }
        }
    }

    private async Task PumpAsync()
    {
        await foreach (var item in _queue.Reader.ReadAllAsync(_stop.Token).ConfigureAwait(false))
        {
            if (item.Gate is not null)
                await item.Gate.ConfigureAwait(false);
            var bytes = Encoding.UTF8.GetBytes(item.Json);
            var targets = item.Only is { } only
                ? only.Select(socket => (Id: Guid.Empty, Socket: socket)).ToArray()
                : _sockets.Select(pair => (Id: pair.Key, Socket: pair.Value)).ToArray();
            foreach (var (id, socket) in targets)
            {
                try
                {
                    await socket.SendAsync(bytes, WebSocketMessageType.Text, true, _stop.Token).ConfigureAwait(false);
                }
                catch (Exception e) when (e is WebSocketException or ObjectDisposedException or IOException
                                              or InvalidOperationException)
                {
                    _sockets.TryRemove(id, out _);
                }
            }

            Interlocked.Increment(ref _sent);
            item.AfterSent?.Invoke();
            item.Sent.TrySetResult();
        }
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _stop.CancelAsync().ConfigureAwait(false);
        AbortAll();
        try
        {
            await _pump.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }

        _stop.Dispose();
    }

    private sealed record Outgoing(string Json, Task? Gate, Action? AfterSent)
    {
        public TaskCompletionSource Sent { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        /// <summary>Send to these sockets only (not the subscribed one): the ApplicationReplaced notice.</summary>
        public IReadOnlyList<WebSocket>? Only { get; init; }
    }
}
