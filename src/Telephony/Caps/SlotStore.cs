using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace CapConduit.Telephony.Caps;

/// <summary>
/// Per-link slots in Redis: acquire, renew, release and answer counting, each one atomic Lua step
/// (Caps/Scripts). Remembers the leases it granted so <see cref="LeaseRenewer"/> can keep them alive.
/// Redis faults surface as <see cref="CapStoreUnavailableException"/> (transient); a cap is never skipped.
/// </summary>
public sealed partial class SlotStore
{
    private readonly IConnectionMultiplexer _redis;
    private readonly CapsOptions _options;
    private readonly ILogger<SlotStore> _logger;
    private readonly ConcurrentDictionary<(Guid LinkId, string CallId), SlotLease> _held = new();

    public SlotStore(IConnectionMultiplexer redis, IOptions<CapsOptions> options, ILogger<SlotStore> logger)
    {
        _redis = redis;
        _options = options.Value;
        _options.Validate();
        _logger = logger;
        Keys = new CapKeys(_options.KeyPrefix);
    }

    public CapKeys Keys { get; }

    /// <summary>Leases granted by this instance and not yet released or found lost.</summary>
    public IReadOnlyCollection<SlotLease> HeldLeases => _held.Values.ToArray();

    private IDatabase Database => _redis.GetDatabase();

    private async Task<RedisResult> RunAsync(
        CapScript script, RedisKey[] keys, RedisValue[] values, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            return await script.EvaluateAsync(Database, keys, values).WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is RedisConnectionException or RedisTimeoutException)
        {
            throw Unavailable(script.Name, ex);
        }
    }

    private CapStoreUnavailableException Unavailable(string operation, Exception ex)
    {
        var configuration = _redis.Configuration;
        CapsLog.RedisUnavailable(_logger, ex, operation, configuration);
        return new CapStoreUnavailableException(
            $"Redis for caps is unavailable during '{operation}' (ConnectionStrings:Redis = '{configuration}'): {ex.Message}. " +
            "New calls are refused until it answers again.",
            ex);
    }

    private static DateTimeOffset FromRedisMilliseconds(RedisResult value) =>
        DateTimeOffset.FromUnixTimeMilliseconds((long)value);
}
