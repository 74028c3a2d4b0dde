using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace CapConduit.Telephony.LiveEvents;

/// <summary>The Redis pub/sub channel names of live events.</summary>
public sealed class LiveEventChannels
{
    public LiveEventChannels(IOptions<LiveEventsOptions> options) =>
        Calls = RedisChannel.Literal($"{options.Value.ChannelPrefix}live-events:calls");

    /// <summary>Every call event of every seller; subscribers filter by seller or campaign.</summary>
    public RedisChannel Calls { get; }
}
