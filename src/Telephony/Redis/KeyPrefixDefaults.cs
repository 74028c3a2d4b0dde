using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace CapConduit.Telephony.Redis;

/// <summary>
/// One setting names a deployment's Redis keys: the per-area prefixes (<c>Caps:KeyPrefix</c>,
/// <c>LiveEvents:ChannelPrefix</c>, <c>ConfigChanges:ChannelPrefix</c>) take <c>Redis:KeyPrefix</c> unless they are
/// set themselves, so deployments sharing one Redis only need to change that one.
/// </summary>
public static class KeyPrefixDefaults
{
    public static OptionsBuilder<T> FollowRedisKeyPrefix<T>(
        this OptionsBuilder<T> builder, IConfiguration configuration, string areaKey, Action<T, string> setPrefix)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configuration);
        return builder.PostConfigure(options =>
        {
            if (configuration[areaKey] is null)
                setPrefix(options, configuration[$"{RedisOptions.SectionName}:{nameof(RedisOptions.KeyPrefix)}"] ?? new RedisOptions().KeyPrefix);
        });
    }
}
