using CapConduit.Persistence.CallRecords;
using CapConduit.Telephony.Ari;
using CapConduit.Telephony.Ari.Events;
using CapConduit.Telephony.Ari.Models;
using CapConduit.Telephony.Routing;
using CapConduit.Telephony.Stasis;
using Microsoft.Extensions.Logging;

namespace CapConduit.Telephony.Calls;

/// <summary>
/// One inbound call: StasisStart → route → ring the caller → dial links in order (own dial timer, fail over on
/// busy, no answer or failure) → answer and bridge → either side ends both → slots freed → record enqueued.
/// Every event of the call is handled here one at a time (its <see cref="CallMailbox"/>), so no state is shared
/// across threads; a catch-all hangs up, frees the slots and writes the record whatever went wrong.
/// </summary>
public sealed partial class CallSession
{
    private readonly CallServices _s;
    private readonly CallMailbox _mailbox;
    private readonly ILogger _logger;
    private readonly List<DialAttempt> _attempts = [];
    private CallState _state = CallState.New;
    private Channel? _inbound;
    private RoutePlan? _plan;
    private int _nextLink;
    private long _receivedAt;
    private DateTimeOffset _startedAt;
    private DateTimeOffset? _answeredAt;
    private DateTimeOffset? _endedAt;
    private bool _callerGone;
    private int? _callerCauseSent;
    private int? _callerCauseSeen;
    private RejectReason? _rejectReason;
    private bool _bridgeCreated;
    private Task _lastPublish = Task.CompletedTask;

    internal CallSession(string callId, CallServices services)
    {
        CallId = callId;
        _s = services;
        _logger = services.LoggerFactory.CreateLogger<CallSession>();
        _mailbox = new CallMailbox(HandleAsync, services.Metrics, _logger);
    }

    /// <summary>The inbound channel id.</summary>
    public string CallId { get; }

    public CallState State => _state;

    /// <summary>Completes once the call has ended and its last queued event was handled.</summary>
    public Task Completion => _mailbox.Completion;

    public bool Post(AriEvent e) => _mailbox.Post(e);

    internal void Start() => _mailbox.Start();

    private static CancellationToken Ct => CancellationToken.None;

    private DateTimeOffset Now => _s.Time.GetUtcNow();

    private DialAttempt? Current => _attempts.Count > 0 ? _attempts[^1] : null;

    private async Task HandleAsync(AriEvent e)
    {
        if (_state == CallState.Ended)
            return;
        using var scope = _logger.BeginScope(new Dictionary<string, object> { ["CallId"] = CallId });
        try
        {
            await DispatchAsync(e).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            CallsLog.Failed(_logger, ex, CallId, e.Type.Length > 0 ? e.Type : e.GetType().Name);
            await FailSafeAsync().ConfigureAwait(false);
        }
    }

    private Task DispatchAsync(AriEvent e) => e switch
    {
        StasisStart s when s.Channel.Id == CallId => OnCallerEnteredAsync(s),
        StasisStart s => OnLegAnsweredAsync(s.Channel.Id),
        ChannelHangupRequest h => OnHangupRequested(h),
        StasisEnd end when end.Channel.Id == CallId => OnCallerGoneAsync(),
        ChannelDestroyed d when d.Channel.Id == CallId => OnCallerGoneAsync(),
        StasisEnd end => OnLegLeftStasisAsync(end.Channel.Id),
        ChannelDestroyed d => OnLegDestroyedAsync(d.Channel.Id, d.Cause, d.CauseTxt),
        DialTimerElapsed t => OnDialTimerAsync(t.LegId),
        ChannelsListed l => OnChannelsListedAsync(l),
        ShutdownDeadlineReached => FailSafeAsync(),
        _ => Task.CompletedTask,
    };

    private Task OnHangupRequested(ChannelHangupRequest h)
    {
        // A caller CANCEL carries 127/487; an app DELETE gives 32 soft (not a Q.850 cause); a BYE carries none.
        if (h.Channel.Id == CallId && h.Cause is { } cause && h.Soft != true)
            _callerCauseSeen = cause;
        return Task.CompletedTask;
    }

    private void MoveTo(CallState next)
    {
        if (_state == next)
            return;
        if (!CallStateTransitions.IsAllowed(_state, next))
        {
            CallsLog.BadTransition(_logger, CallId, _state, next);
            throw new InvalidOperationException($"Call {CallId} cannot go from {_state} to {next}.");
        }
        _state = next;
    }

    /// <summary>DELETE a channel; a channel already gone (404) is what we wanted anyway.</summary>
    private async Task<bool> HangupAsync(string channelId, string? reason)
    {
        try
        {
            await _s.Ari.HangupAsync(channelId, reason, Ct).ConfigureAwait(false);
            return true;
        }
        catch (AriException ex) when (ex.IsNotFound)
        {
            return false;
        }
    }

    private async Task<bool> HangupCallerAsync(int reasonCode)
    {
        _callerCauseSent ??= reasonCode;
        try
        {
            await _s.Ari.HangupAsync(CallId, reasonCode, Ct).ConfigureAwait(false);
            return true;
        }
        catch (AriException ex) when (ex.IsNotFound)
        {
            return false;
        }
    }
}
