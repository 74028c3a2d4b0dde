using System.Threading.Channels;
using CapConduit.Telephony.ConfigChanges;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CapConduit.Telephony.Routing;

/// <summary>
/// Keeps <see cref="RoutingSnapshotHolder"/> fresh: loads at start, reloads as soon as a routing change notice
/// arrives (a burst of notices during a load costs one more load, not one each), and every
/// <see cref="RoutingSnapshotOptions.RefreshInterval"/> as a safety net. A failed load keeps the previous
/// snapshot and is retried after <see cref="RoutingSnapshotOptions.RetryDelay"/>.
/// </summary>
public sealed class RoutingSnapshotRefresher : BackgroundService
{
    private static readonly TimeSpan SubscribeTimeout = TimeSpan.FromSeconds(5);

    private readonly RoutingSnapshotLoader _loader;
    private readonly RoutingSnapshotHolder _holder;
    private readonly ConfigChangeBus _bus;
    private readonly RoutingSnapshotOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<RoutingSnapshotRefresher> _logger;
    private readonly Channel<string> _wakeUps = Channel.CreateBounded<string>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private int _completedLoads;
    private int _failedLoads;

    public RoutingSnapshotRefresher(
        RoutingSnapshotLoader loader,
        RoutingSnapshotHolder holder,
        ConfigChangeBus bus,
        IOptions<RoutingSnapshotOptions> options,
        TimeProvider time,
        ILogger<RoutingSnapshotRefresher> logger)
    {
        _loader = loader;
        _holder = holder;
        _bus = bus;
        _options = options.Value;
        _options.Validate();
        _time = time;
        _logger = logger;
    }

    /// <summary>Successful loads so far, counted once the snapshot is swapped in.</summary>
    public int CompletedLoads => Volatile.Read(ref _completedLoads);

    /// <summary>Failed loads so far (each kept the previous snapshot).</summary>
    public int FailedLoads => Volatile.Read(ref _failedLoads);

    /// <summary>Asks for a reload as soon as possible; requests made while one is pending are merged into it.</summary>
    public void RequestReload(string trigger) => _wakeUps.Writer.TryWrite(trigger);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_options.LoadFromDatabase)
            return;
        IAsyncDisposable? subscription = null;
        try
        {
            // Subscribe before the first load, so a change committed while it runs is not missed.
            subscription = await TrySubscribeAsync(stoppingToken).ConfigureAwait(false);
            var trigger = "start";
            while (!stoppingToken.IsCancellationRequested)
            {
                var loaded = await TryLoadAsync(trigger, stoppingToken).ConfigureAwait(false);
                if (subscription is null)
                {
                    subscription = await TrySubscribeAsync(stoppingToken).ConfigureAwait(false);
                    if (subscription is not null)
                        RequestReload("subscribed late"); // notices sent while unsubscribed were missed
                }
                trigger = await WaitForNextAsync(loaded ? _options.RefreshInterval : _options.RetryDelay, stoppingToken)
                    .ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            if (subscription is not null)
                await DisposeQuietlyAsync(subscription).ConfigureAwait(false);
        }
    }

    private async Task<bool> TryLoadAsync(string trigger, CancellationToken stoppingToken)
    {
        RoutingSnapshot snapshot;
        try
        {
            snapshot = await _loader.LoadAsync(stoppingToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
        {
            Interlocked.Increment(ref _failedLoads);
            RoutingLog.SnapshotLoadFailed(_logger, ex, _holder.Current.LoadedAt, _options.RetryDelay);
            return false;
        }
        _holder.Swap(snapshot);
        LogLoaded(snapshot, trigger);
        Interlocked.Increment(ref _completedLoads);
        return true;
    }

    private async Task<string> WaitForNextAsync(TimeSpan delay, CancellationToken stoppingToken)
    {
        using var timeout = new CancellationTokenSource(delay, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token, stoppingToken);
        string trigger;
        try
        {
            trigger = await _wakeUps.Reader.ReadAsync(linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !stoppingToken.IsCancellationRequested)
        {
            return "periodic";
        }
        return trigger;
    }

    private async Task<IAsyncDisposable?> TrySubscribeAsync(CancellationToken stoppingToken)
    {
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            timeout.CancelAfter(SubscribeTimeout);
            return await _bus.SubscribeAsync(OnNoticeAsync, timeout.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
        {
            RoutingLog.SubscribeFailed(_logger, ex, _options.RefreshInterval);
            return null;
        }
    }

    private Task OnNoticeAsync(ConfigChangeNotice notice)
    {
        if (notice.Area == ConfigChangeNotice.Routing)
        {
            RoutingLog.NoticeReceived(_logger, notice.Reason);
            RequestReload("change notice");
        }
        return Task.CompletedTask;
    }

    private void LogLoaded(RoutingSnapshot snapshot, string trigger)
    {
        // Periodic loads are routine; only loads with a cause are worth an information line.
        var level = trigger == "periodic" ? LogLevel.Debug : LogLevel.Information;
        if (!_logger.IsEnabled(level))
            return;
        var campaigns = snapshot.Dids.Select(d => d.ActiveCampaign).OfType<RoutingCampaign>().DistinctBy(c => c.Id).ToArray();
        RoutingLog.SnapshotLoaded(_logger, level, snapshot.Dids.Count, campaigns.Length, campaigns.Sum(c => c.Links.Count), trigger);
    }

    private static async Task DisposeQuietlyAsync(IAsyncDisposable subscription)
    {
        try
        {
            await subscription.DisposeAsync().ConfigureAwait(false);
        }
        catch (Exception)
        {
            // Shutting down: an unsubscribe that cannot reach Redis has nothing left to clean up.
        }
    }
}
