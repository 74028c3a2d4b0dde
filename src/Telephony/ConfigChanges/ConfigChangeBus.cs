using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace CapConduit.Telephony.ConfigChanges;

/// <summary>
/// Publishes and receives <see cref="ConfigChangeNotice"/>s on one Redis channel. Pub/sub may lose a
/// notice while disconnected, so subscribers also refresh periodically.
/// </summary>
public sealed class ConfigChangeBus
{
    private readonly IConnectionMultiplexer _redis;
    private readonly ILogger<ConfigChangeBus> _logger;

    public ConfigChangeBus(IConnectionMultiplexer redis, IOptions<ConfigChangeOptions> options, ILogger<ConfigChangeBus> logger)
    {
        _redis = redis;
        _logger = logger;
        Channel = RedisChannel.Literal($"{options.Value.ChannelPrefix}config-changes");
    }

    public RedisChannel Channel { get; }

    /// <summary>Publishes a notice; returns how many subscribers received it.</summary>
    public async Task<long> PublishAsync(ConfigChangeNotice notice, CancellationToken cancellationToken)
    {
        var json = JsonSerializer.Serialize(notice, ConfigChangeJsonContext.Default.ConfigChangeNotice);
        return await _redis.GetSubscriber().PublishAsync(Channel, json).WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Calls <paramref name="handler"/> for each notice, one at a time, until the returned handle is disposed.
    /// Returns once Redis confirmed the subscription. A failing handler is logged and does not stop later notices.
    /// </summary>
    public async Task<IAsyncDisposable> SubscribeAsync(Func<ConfigChangeNotice, Task> handler, CancellationToken cancellationToken)
    {
        var queue = await _redis.GetSubscriber().SubscribeAsync(Channel).WaitAsync(cancellationToken).ConfigureAwait(false);
        queue.OnMessage(message => HandleAsync(message, handler));
        return new Unsubscriber(queue);
    }

    private async Task HandleAsync(ChannelMessage message, Func<ConfigChangeNotice, Task> handler)
    {
        ConfigChangeNotice? notice;
        try
        {
            notice = JsonSerializer.Deserialize((string)message.Message!, ConfigChangeJsonContext.Default.ConfigChangeNotice);
        }
        catch (JsonException ex)
        {
            ConfigChangesLog.Malformed(_logger, ex);
            return;
        }
        if (notice is null)
            return;
        try
        {
            await handler(notice).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            ConfigChangesLog.HandlerFailed(_logger, ex, notice.Area);
        }
    }

    private sealed class Unsubscriber(ChannelMessageQueue queue) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync() => await queue.UnsubscribeAsync().ConfigureAwait(false);
    }
}
