using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace CapConduit.Telephony.LiveEvents;

/// <summary>
/// The calls in progress across every instance: a Redis hash <c>&lt;ChannelPrefix&gt;live-calls</c>, call id → JSON
/// <see cref="LiveCall"/>. <see cref="LiveEventPublisher"/> keeps it in step with the events it publishes (write and
/// publish in one transaction), so the board never shows a state no subscriber was told about. Events of one call
/// come from its one session in order, so the read-then-write per call does not race.
/// Safety nets for a crashed instance: the hash expires <see cref="LiveEventsOptions.LiveCallMaxAge"/> after its
/// last write, and readers drop (and delete) entries not updated for that long.
/// </summary>
public sealed class LiveCallBoard
{
    private readonly IConnectionMultiplexer _redis;
    private readonly LiveEventsOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<LiveCallBoard> _logger;

    public LiveCallBoard(
        IConnectionMultiplexer redis, IOptions<LiveEventsOptions> options, TimeProvider time, ILogger<LiveCallBoard> logger)
    {
        _redis = redis;
        _options = options.Value;
        _time = time;
        _logger = logger;
        Key = $"{_options.ChannelPrefix}live-calls";
    }

    /// <summary>The Redis hash holding the board.</summary>
    public RedisKey Key { get; }

    /// <summary>Every call in progress (entries older than the max age are dropped), oldest first.</summary>
    public async Task<IReadOnlyList<LiveCall>> ReadAllAsync(CancellationToken cancellationToken)
    {
        var db = _redis.GetDatabase();
        var entries = await db.HashGetAllAsync(Key).WaitAsync(cancellationToken).ConfigureAwait(false);
        var oldest = _time.GetUtcNow() - _options.LiveCallMaxAge;
        var calls = new List<LiveCall>(entries.Length);
        var stale = new List<RedisValue>();
        foreach (var entry in entries)
        {
            var call = Decode(entry.Value);
            if (call is null || call.UpdatedAt < oldest)
                stale.Add(entry.Name);
            else
                calls.Add(call);
        }

        if (stale.Count > 0)
        {
            LiveEventsLog.StaleLiveCallsDropped(_logger, stale.Count);
            await db.HashDeleteAsync(Key, [.. stale]).WaitAsync(cancellationToken).ConfigureAwait(false);
        }

        return calls.OrderBy(c => c.StartedAt).ThenBy(c => c.CallId, StringComparer.Ordinal).ToList();
    }

    /// <summary>The board's current entry of one call, or null.</summary>
    internal async Task<LiveCall?> ReadAsync(IDatabaseAsync db, string callId, CancellationToken cancellationToken) =>
        Decode(await db.HashGetAsync(Key, callId).WaitAsync(cancellationToken).ConfigureAwait(false));

    /// <summary>Queues the board change of <paramref name="next"/> (null removes the call) on a transaction.</summary>
    internal void Write(ITransaction transaction, string callId, LiveCall? next)
    {
        if (next is null)
        {
            _ = transaction.HashDeleteAsync(Key, callId);
            return;
        }

        _ = transaction.HashSetAsync(Key, callId, JsonSerializer.Serialize(next, LiveEventJsonContext.Default.LiveCall));
        _ = transaction.KeyExpireAsync(Key, _options.LiveCallMaxAge);
    }

    private LiveCall? Decode(RedisValue value)
    {
        if (value.IsNullOrEmpty)
            return null;
        try
        {
            return JsonSerializer.Deserialize((string)value!, LiveEventJsonContext.Default.LiveCall);
        }
        catch (JsonException ex)
        {
            LiveEventsLog.MalformedEvent(_logger, ex, Key.ToString());
            return null;
        }
    }
}
