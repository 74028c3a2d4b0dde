using System.Net.WebSockets;
using CapConduit.Telephony.Ari.Events;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CapConduit.Telephony.Ari;

/// <summary>
/// The ARI events WebSocket. The receive loop only decodes and hands each event to the sink, which must
/// not do call work (queue it instead). Reconnects forever with exponential backoff and jitter, and
/// raises <see cref="Connected"/> on every (re)connect so the host can reconcile what it missed.
/// </summary>
public sealed partial class AriEventStream(
    AriOptions options,
    Func<AriEvent, ValueTask> sink,
    TimeProvider? timeProvider = null,
    Random? random = null,
    ILogger? logger = null)
{
    private readonly TimeProvider _time = timeProvider ?? TimeProvider.System;
    private readonly Random _random = random ?? Random.Shared;
    private readonly ILogger _logger = logger ?? NullLogger.Instance;
    private int _reconnects;
    private int _connections;
    private volatile bool _isConnected;

    /// <summary>
    /// Raised after each successful connect (the argument is true for a reconnect). Handlers run beside
    /// the receive loop, so a reconcile that waits for events cannot block their delivery.
    /// </summary>
    public event Func<bool, CancellationToken, ValueTask>? Connected;

    /// <summary>Raised when an open connection is lost (with the error, if any).</summary>
    public event Action<Exception?>? Disconnected;

    /// <summary>Successful connects after the first one.</summary>
    public int ReconnectCount => Volatile.Read(ref _reconnects);

    public bool IsConnected => _isConnected;

    public Uri EventsUri => new UriBuilder(options.Url)
    {
        Scheme = options.Url.Scheme == Uri.UriSchemeHttps ? "wss" : "ws",
        Path = options.Url.AbsolutePath.TrimEnd('/') + "/ari/events",
        Query = $"app={Uri.EscapeDataString(options.App)}&subscribeAll=false",
    }.Uri;

    /// <summary>Runs until cancelled; never returns early because of a connection fault.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        options.Validate();
        var failures = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            Exception? error = null;
            var wasOpen = false;
            try
            {
                using var socket = new ClientWebSocket();
                socket.Options.SetRequestHeader("Authorization", "Basic " + options.BasicAuthParameter);
                await socket.ConnectAsync(EventsUri, cancellationToken).ConfigureAwait(false);
                wasOpen = true;
                failures = 0;
                OnConnected(cancellationToken);
                await ReceiveAsync(socket, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception) when (cancellationToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested)
            {
                // Any fault of one connection (refused, 401, reset, timeout) only leads to a retry.
                error = e;
            }
            finally
            {
                _isConnected = false;
            }

            if (wasOpen)
                RaiseDisconnected(error);
            var delay = NextDelay(failures++);
            AriLog.StreamDisconnected(_logger, delay, error);
            try
            {
                await Task.Delay(delay, _time, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }

    /// <summary>Initial × 2^failures, capped, then scaled by a random factor in [0.8, 1.2).</summary>
    public TimeSpan NextDelay(int failures) =>
        Backoff.Delay(failures, options.ReconnectInitialDelay, options.ReconnectMaxDelay, _random.NextDouble());
}
