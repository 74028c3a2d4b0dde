using System.Text.Json;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace CapConduit.Telephony.LiveEvents;

/// <summary>
/// Publishes live events through Redis pub/sub so every API instance can deliver them, and keeps the
/// <see cref="LiveCallBoard"/> in step in the same transaction. Best effort: the call record is the durable account,
/// so a Redis fault is logged and never fails the call.
/// </summary>
public sealed class LiveEventPublisher
{
    private readonly IConnectionMultiplexer _redis;
    private readonly LiveEventChannels _channels;
    private readonly LiveCallBoard _board;
    private readonly ILogger<LiveEventPublisher> _logger;

    public LiveEventPublisher(
        IConnectionMultiplexer redis, LiveEventChannels channels, LiveCallBoard board, ILogger<LiveEventPublisher> logger)
    {
        _redis = redis;
        _channels = channels;
        _board = board;
        _logger = logger;
    }

    /// <summary>Updates the live call board and publishes the event; returns false when Redis could not take it.</summary>
    public async Task<bool> PublishAsync(LiveEvent liveEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(liveEvent);
        var json = JsonSerializer.Serialize(liveEvent, LiveEventJsonContext.Default.LiveEvent);
        try
        {
            var db = _redis.GetDatabase();
            var previous = liveEvent.Type == LiveEventType.CallStarted
                ? null
                : await _board.ReadAsync(db, liveEvent.CallId, cancellationToken).ConfigureAwait(false);
            var transaction = db.CreateTransaction();
            _board.Write(transaction, liveEvent.CallId, LiveCall.Apply(previous, liveEvent));
            _ = transaction.PublishAsync(_channels.Calls, json);
            await transaction.ExecuteAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (Exception ex) when (ex is RedisConnectionException or RedisTimeoutException)
        {
            LiveEventsLog.PublishFailed(_logger, ex, liveEvent.Type, liveEvent.CallId);
            return false;
        }
    }
}
