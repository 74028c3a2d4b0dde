using System.Collections.Immutable;
using CapConduit.Telephony.LiveEvents;
using Microsoft.Extensions.Options;

namespace CapConduit.Api.Calls;

/// <summary>
/// The one Redis subscription of this API instance to live call events, fanned out to every in-process subscriber.
/// Each subscriber has a filter (applied here, before buffering) and a bounded buffer; publishing to a subscriber
/// never waits, so a slow one overflows its own buffer and is ended instead of delaying the rest.
/// </summary>
public sealed class LiveEventHub : IAsyncDisposable
{
    private readonly LiveEventSubscriber _subscriber;
    private readonly CallEventsOptions _options;
    private readonly ILogger<LiveEventHub> _logger;
    private readonly SemaphoreSlim _startGate = new(1, 1);
    private readonly CancellationTokenSource _stopping = new();
    private readonly Lock _gate = new();
    private ImmutableArray<LiveEventFeed> _feeds = [];
    private Task? _pump;

    public LiveEventHub(LiveEventSubscriber subscriber, IOptions<CallEventsOptions> options, ILogger<LiveEventHub> logger)
    {
        _subscriber = subscriber;
        _options = options.Value;
        _logger = logger;
    }

    /// <summary>Subscribers currently attached (for metrics and tests).</summary>
    public int SubscriberCount => _feeds.Length;

    /// <summary>
    /// Opens a feed of the events matching <paramref name="filter"/>. Returns once the instance's Redis subscription
    /// is confirmed, so every event published afterwards reaches the feed. Dispose the feed to detach it.
    /// </summary>
    public async Task<LiveEventFeed> OpenAsync(CallEventFilter filter, CancellationToken cancellationToken)
    {
        await EnsureSubscribedAsync(cancellationToken).ConfigureAwait(false);
        var feed = new LiveEventFeed(this, filter, _options.SubscriberBufferCapacity);
        lock (_gate)
        {
            _feeds = _feeds.Add(feed);
        }

        return feed;
    }

    internal void Detach(LiveEventFeed feed)
    {
        lock (_gate)
        {
            _feeds = _feeds.Remove(feed);
        }
    }

    internal void ReportOverflow() => CallEventsLog.SubscriberOverflowed(_logger, _options.SubscriberBufferCapacity);

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        if (_pump is not null)
            await _pump.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        _stopping.Dispose();
        _startGate.Dispose();
    }

    private async Task EnsureSubscribedAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _pump) is not null)
            return;
        await _startGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_pump is not null)
                return;
            // Subscribe first (awaited: Redis confirmed it), then read; StackExchange.Redis resubscribes by itself
            // after a reconnect, so one subscription serves the instance's lifetime.
            var subscription = await _subscriber.SubscribeAsync(cancellationToken).ConfigureAwait(false);
            CallEventsLog.HubSubscribed(_logger);
            Volatile.Write(ref _pump, Task.Run(() => PumpAsync(subscription), CancellationToken.None));
        }
        finally
        {
            _startGate.Release();
        }
    }

    private async Task PumpAsync(LiveEventSubscription subscription)
    {
        await using (subscription.ConfigureAwait(false))
        {
            try
            {
                await foreach (var liveEvent in subscription.ReadAllAsync(_stopping.Token).ConfigureAwait(false))
                {
                    foreach (var feed in _feeds)
                    {
                        feed.Offer(liveEvent);
                    }
                }
            }
            catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
            {
            }
            catch (Exception ex)
            {
                // Never expected (decoding faults are skipped inside the subscription); let the next subscriber retry.
                CallEventsLog.HubPumpFailed(_logger, ex);
                Volatile.Write(ref _pump, null);
            }
        }
    }
}
