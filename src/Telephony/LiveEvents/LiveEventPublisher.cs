using System.Text.Json;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace CapConduit.Telephony.LiveEvents;

/// <summary>
/// Publishes live events through Redis pub/sub so every API instance can deliver them. Best effort: the
/// call record is the durable account, so a Redis fault is logged and never fails the call.
/// </summary>
public sealed class LiveEventPublisher
{
    private readonly IConnectionMultiplexer _redis;
    private readonly LiveEventChannels _channels;
    private readonly ILogger<LiveEventPublisher> _logger;

    public LiveEventPublisher(IConnectionMultiplexer redis, LiveEventChannels channels, ILogger<LiveEventPublisher> logger)
    {
        _redis = redis;
        _channels = channels;
        _logger = logger;
    }

    /// <summary>Publishes the event; returns false when Redis could not take it.</summary>
    public async Task<bool> PublishAsync(LiveEvent liveEvent, CancellationToken cancellationToken)
    {
        var json = JsonSerializer.Serialize(liveEvent, LiveEventJsonContext.Default.LiveEvent);
        try
        {
            await _redis.GetSubscriber().PublishAsync(_channels.Calls, json).WaitAsync(cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (Exception ex) when (ex is RedisConnectionException or RedisTimeoutException)
        {
            LiveEventsLog.PublishFailed(_logger, ex, liveEvent.Type, liveEvent.CallId);
            return false;
        }
    }
}
