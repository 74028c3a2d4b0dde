using CapConduit.Telephony.Ari;
using CapConduit.Telephony.CallRecords;
using CapConduit.Telephony.Calls;
using CapConduit.Telephony.Routing;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CapConduit.Telephony.Stasis;

/// <summary>
/// Runs the Stasis app: the ARI event stream (reconnecting with backoff and jitter) feeding the dispatcher,
/// a reconcile on every (re)connect, and a periodic sweep that backs up event-driven cleanup.
/// </summary>
public sealed class StasisHost : BackgroundService
{
    private readonly AriOptions _ari;
    private readonly TelephonyOptions _options;
    private readonly EventDispatcher _dispatcher;
    private readonly Reconciler _reconciler;
    private readonly RoutingSnapshotHolder _routing;
    private readonly TimeProvider _time;
    private readonly Random _random;
    private readonly ILoggerFactory _loggers;
    private readonly ILogger<StasisHost> _logger;

    public StasisHost(IOptions<AriOptions> ari, IOptions<TelephonyOptions> options, EventDispatcher dispatcher,
        Reconciler reconciler, TelephonyMetrics metrics, CallSessionRegistry registry, CallRecordWriter writer,
        CallRecordOutbox outbox, RoutingSnapshotHolder routing, TimeProvider time, Random random, ILoggerFactory loggers)
    {
        _routing = routing;
        _ari = ari.Value;
        _options = options.Value;
        _dispatcher = dispatcher;
        _reconciler = reconciler;
        _time = time;
        _random = random;
        _loggers = loggers;
        _logger = loggers.CreateLogger<StasisHost>();
        metrics.Observe(() => registry.Count, () => writer.LastStreamLength + outbox.WaitingInMemory);
    }

    /// <summary>True when another WebSocket took the Stasis app over (ApplicationReplaced).</summary>
    public bool AppReplaced => _dispatcher.Replaced;

    /// <summary>The running event stream (null until started or when disabled).</summary>
    public AriEventStream? Stream { get; private set; }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_options.Enabled)
        {
            StasisLog.Disabled(_logger);
            return;
        }
        // Until the first routing snapshot is in, every DID would look unknown and calls would be rejected wrongly;
        // staying off the ARI WebSocket until then leaves the calls to Asterisk's dialplan and shows as not ready.
        if (!_routing.IsLoaded)
        {
            StasisLog.WaitingForRoutingSnapshot(_logger);
            await _routing.FirstLoad.WaitAsync(stoppingToken).ConfigureAwait(false);
        }
        var stream = new AriEventStream(_ari, _dispatcher.SinkAsync, _time, _random, _loggers.CreateLogger<AriEventStream>());
        stream.Connected += _dispatcher.OnConnectedAsync;
        stream.Connected += _reconciler.OnConnectedAsync;
        Stream = stream;
        var sweep = SweepAsync(stream, stoppingToken);
        await stream.RunAsync(stoppingToken).ConfigureAwait(false);
        await sweep.ConfigureAwait(false);
    }

    private async Task SweepAsync(AriEventStream stream, CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(_options.SweepInterval, _time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
            {
                if (stream.IsConnected)
                    await _reconciler.SweepAsync(stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
