using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace CapConduit.Telephony.LiveEvents;

/// <summary>One live subscription; dispose it to unsubscribe. Malformed messages are logged and skipped.</summary>
public sealed class LiveEventSubscription : IAsyncDisposable
{
    private readonly ChannelMessageQueue _queue;
    private readonly ILogger _logger;

    internal LiveEventSubscription(ChannelMessageQueue queue, ILogger logger)
    {
        _queue = queue;
        _logger = logger;
    }

    /// <summary>Events in the order Redis delivered them, until disposed or cancelled.</summary>
    public async IAsyncEnumerable<LiveEvent> ReadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var message in _queue.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            var liveEvent = Decode(message);
            if (liveEvent is not null)
                yield return liveEvent;
        }
    }

    public async ValueTask DisposeAsync() => await _queue.UnsubscribeAsync().ConfigureAwait(false);

    private LiveEvent? Decode(ChannelMessage message)
    {
        try
        {
            return JsonSerializer.Deserialize((string)message.Message!, LiveEventJsonContext.Default.LiveEvent);
        }
        catch (JsonException ex)
        {
            LiveEventsLog.MalformedEvent(_logger, ex, message.Channel.ToString());
            return null;
        }
    }
}
