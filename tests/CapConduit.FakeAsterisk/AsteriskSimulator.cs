using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;

namespace CapConduit.FakeAsterisk;

/// <summary>A REST reply the simulator decided on: status and JSON body (null for 204).</summary>
internal readonly record struct SimReply(int Status, JsonNode? Body)
{
    public static SimReply NoContent => new(204, null);

    public static SimReply Ok(JsonNode body) => new(200, body);

    public static SimReply Error(int status, string message) => new(status, AsteriskJson.Message("message", message));

    public static SimReply ChannelNotFound(int status = 404) => Error(status, "Channel not found");

    public static SimReply BridgeNotFound => Error(404, "Bridge not found");
}

/// <summary>
/// Channels and bridges as Asterisk 22 keeps them. Every change and the events it causes happen under
/// one lock, so event order always matches state order, even with hundreds of calls at once.
/// </summary>
internal sealed partial class AsteriskSimulator(FakeAriOptions options, EventHub hub, PeakLegCounter legs)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, FakeChannel> _channels = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FakeBridge> _bridges = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, EndpointBehavior> _endpoints = new(StringComparer.Ordinal);
    private readonly long _epoch = options.UniqueIdEpoch ?? options.TimeProvider.GetUtcNow().ToUnixTimeSeconds();
    private long _uniqueIds;
    private long _names;

    public void SetEndpoint(string endpoint, EndpointBehavior behavior) => _endpoints[endpoint] = behavior;

    /// <summary>Runs one step under the lock and queues its events behind <paramref name="gate"/>.</summary>
    public (SimReply Reply, Task Sent) Run(Func<AsteriskEventSequence, SimReply> step, Task? gate = null,
        Action? afterFirstSent = null)
    {
        lock (_lock)
        {
            var sequence = NewSequence();
            var reply = step(sequence);
            return (reply, hub.Enqueue(sequence.Events, gate, afterFirstSent));
        }
    }

    public T Read<T>(Func<T> read)
    {
        lock (_lock)
            return read();
    }

    /// <summary>Runs a scripted step later, unless the channel has ended by then.</summary>
    private void Schedule(FakeChannel channel, TimeSpan delay, Action<AsteriskEventSequence> step)
    {
        var token = channel.Script.Token;
        _ = Task.Run(async () =>
        {
            try
            {
                if (delay > TimeSpan.Zero)
                    await Task.Delay(delay, options.TimeProvider, token).ConfigureAwait(false);
                else
                    await Task.Yield();
            }
            catch (OperationCanceledException)
            {
                return;
            }

            Run(sequence =>
            {
                if (!channel.IsGone)
                    step(sequence);
                return SimReply.NoContent;
            });
        }, CancellationToken.None);
    }

    private AsteriskEventSequence NewSequence() => new(options.App, options.TimeProvider.GetUtcNow());

    private string NextUniqueId() =>
        string.Create(CultureInfo.InvariantCulture, $"{_epoch}.{Interlocked.Increment(ref _uniqueIds) - 1}");

    private string NextName(string tech, string resource) =>
        string.Create(CultureInfo.InvariantCulture, $"{tech}/{resource}-{Interlocked.Increment(ref _names) - 1:x8}");

    private FakeChannel? Live(string id) =>
        _channels.TryGetValue(id, out var channel) && !channel.IsGone ? channel : null;

    private void Remove(FakeChannel channel)
    {
        channel.IsGone = true;
        _channels.Remove(channel.Id);
        channel.Script.Cancel();
        if (channel.IsOriginated && channel.Endpoint is not null)
            legs.LegEnded(channel.Endpoint);
    }
}
