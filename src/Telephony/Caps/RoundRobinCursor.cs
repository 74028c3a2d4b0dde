using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace CapConduit.Telephony.Caps;

/// <summary>
/// The round-robin position of each (campaign, priority tier), shared in Redis by every app instance:
/// one INCR per routed call gives the tier's start offset.
/// </summary>
public sealed class RoundRobinCursor
{
    private readonly IConnectionMultiplexer _redis;
    private readonly CapKeys _keys;

    public RoundRobinCursor(IConnectionMultiplexer redis, IOptions<CapsOptions> options)
    {
        _redis = redis;
        _keys = new CapKeys(options.Value.KeyPrefix);
    }

    /// <summary>Takes the next position of the tier (0, 1, 2, … across all instances).</summary>
    public Task<long> NextAsync(Guid campaignId, int priority, CancellationToken cancellationToken) =>
        RunAsync(db => db.StringIncrementAsync(_keys.RoundRobin(campaignId, priority)), -1, cancellationToken);

    /// <summary>The position the next call would get, without taking it (for previews).</summary>
    public Task<long> PeekAsync(Guid campaignId, int priority, CancellationToken cancellationToken) =>
        RunAsync(async db => (long?)await db.StringGetAsync(_keys.RoundRobin(campaignId, priority)).ConfigureAwait(false) ?? 0, 0, cancellationToken);

    private async Task<long> RunAsync(Func<IDatabase, Task<long>> operation, long adjust, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            return await operation(_redis.GetDatabase()).WaitAsync(cancellationToken).ConfigureAwait(false) + adjust;
        }
        catch (Exception ex) when (ex is RedisConnectionException or RedisTimeoutException)
        {
            throw new CapStoreUnavailableException(
                $"Redis for the round-robin cursor is unavailable (ConnectionStrings:Redis = '{_redis.Configuration}'): {ex.Message}.", ex);
        }
    }
}
