using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace CapConduit.Telephony.LiveEvents;

/// <summary>Opens subscriptions to the live event channel (the GraphQL subscription reads from one per client).</summary>
public sealed class LiveEventSubscriber
{
    private readonly IConnectionMultiplexer _redis;
    private readonly LiveEventChannels _channels;
    private readonly ILogger<LiveEventSubscriber> _logger;

    public LiveEventSubscriber(IConnectionMultiplexer redis, LiveEventChannels channels, ILogger<LiveEventSubscriber> logger)
    {
        _redis = redis;
        _channels = channels;
        _logger = logger;
    }

    /// <summary>Subscribes and returns once Redis confirmed it, so no event published afterwards is missed.</summary>
    public async Task<LiveEventSubscription> SubscribeAsync(CancellationToken cancellationToken)
    {
        var queue = await _redis.GetSubscriber().SubscribeAsync(_channels.Calls).WaitAsync(cancellationToken).ConfigureAwait(false);
        return new LiveEventSubscription(queue, _logger);
    }
}
