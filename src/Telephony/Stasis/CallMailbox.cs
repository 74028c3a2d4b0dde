using System.Threading.Channels;
using CapConduit.Telephony.Ari.Events;
using Microsoft.Extensions.Logging;

namespace CapConduit.Telephony.Stasis;

/// <summary>
/// One call's ordered event queue and the task that drains it: events of a call are handled one at a time in
/// arrival order, while calls run in parallel. Posting never blocks (unbounded); the depth shows in
/// <see cref="TelephonyMetrics"/>.
/// </summary>
public sealed class CallMailbox
{
    private readonly Channel<AriEvent> _events = Channel.CreateUnbounded<AriEvent>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Func<AriEvent, Task> _handler;
    private readonly TelephonyMetrics _metrics;
    private readonly ILogger _logger;
    private Task _drain = Task.CompletedTask;

    public CallMailbox(Func<AriEvent, Task> handler, TelephonyMetrics metrics, ILogger logger)
    {
        _handler = handler;
        _metrics = metrics;
        _logger = logger;
    }

    /// <summary>Completes when the mailbox was closed and every queued event handled.</summary>
    public Task Completion => _drain;

    public void Start() => _drain = Task.Run(DrainAsync);

    /// <summary>Queues the event; false once the call has ended and its mailbox is closed.</summary>
    public bool Post(AriEvent e)
    {
        if (!_events.Writer.TryWrite(e))
            return false;
        _metrics.EventQueued();
        return true;
    }

    public void Close() => _events.Writer.TryComplete();

    private async Task DrainAsync()
    {
        await foreach (var e in _events.Reader.ReadAllAsync().ConfigureAwait(false))
        {
            _metrics.EventDequeued();
            try
            {
                await _handler(e).ConfigureAwait(false);
            }
            catch (Exception ex)
            {
                // The session has its own catch-all; this only guards the loop so later events still run.
                StasisLog.HandlerEscaped(_logger, ex, e.Type);
            }
        }
    }
}
