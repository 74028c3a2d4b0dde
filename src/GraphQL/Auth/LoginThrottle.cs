using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CapConduit.Telephony.Redis;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace CapConduit.Api.Auth;

/// <summary>
/// Counts failed sign-ins per username and per client address in Redis sliding windows (a sorted set of failure
/// times per key), so every API instance sees the same counts. Callers learn only "too many", never which key hit.
/// </summary>
public sealed class LoginThrottle(
    IConnectionMultiplexer redis, IOptions<LoginThrottleOptions> options, IOptions<RedisOptions> redisOptions, TimeProvider time)
{
    /// <summary>True when either window already holds its maximum of failures.</summary>
    public async Task<bool> IsBlockedAsync(string username, string address, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var limits = options.Value;
        var (userKey, addressKey) = Keys(username, address);
        var since = (time.GetUtcNow() - limits.Window).ToUnixTimeMilliseconds();
        var db = redis.GetDatabase();
        var batch = db.CreateBatch();
        _ = batch.SortedSetRemoveRangeByScoreAsync(userKey, double.NegativeInfinity, since);
        _ = batch.SortedSetRemoveRangeByScoreAsync(addressKey, double.NegativeInfinity, since);
        var userCount = batch.SortedSetLengthAsync(userKey);
        var addressCount = batch.SortedSetLengthAsync(addressKey);
        batch.Execute();
        return await userCount >= limits.MaxFailuresPerUsername | await addressCount >= limits.MaxFailuresPerAddress;
    }

    /// <summary>Records one failed sign-in against both windows.</summary>
    public async Task RecordFailureAsync(string username, string address, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var (userKey, addressKey) = Keys(username, address);
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var member = string.Create(CultureInfo.InvariantCulture, $"{now}:{Guid.NewGuid():N}");
        var transaction = redis.GetDatabase().CreateTransaction();
        foreach (var key in (RedisKey[])[userKey, addressKey])
        {
            _ = transaction.SortedSetAddAsync(key, member, now);
            _ = transaction.KeyExpireAsync(key, options.Value.Window);
        }
        await transaction.ExecuteAsync();
    }

    /// <summary>A successful sign-in clears the username's failures (the address window keeps counting).</summary>
    public Task ResetUsernameAsync(string username, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return redis.GetDatabase().KeyDeleteAsync(Keys(username, "").User);
    }

    private (RedisKey User, RedisKey Address) Keys(string username, string address)
    {
        var prefix = redisOptions.Value.KeyPrefix + "auth:login-failures:";
        // Usernames are unique ignoring case, so their failures are counted ignoring case too; hashed so a huge
        // username cannot make a huge key.
        var user = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(username.Trim().ToLowerInvariant())));
        return (prefix + "user:" + user, prefix + "addr:" + address);
    }
}
