using CapConduit.Persistence.CallRecords;
using CapConduit.Persistence.Conventions;
using CapConduit.Telephony.Ari;
using CapConduit.Telephony.CallRecords;
using CapConduit.Telephony.LiveEvents;
using CapConduit.Telephony.Routing;

namespace CapConduit.Telephony.Calls;

public sealed partial class CallSession
{
    /// <summary>Ends the call once the caller and every leg are gone: bridge destroyed, slots freed, record enqueued.</summary>
    private async Task TryFinishAsync()
    {
        if (_state == CallState.Ended || !_callerGone || _attempts.Exists(a => !a.LegGone))
            return;
        await FinishAsync().ConfigureAwait(false);
    }

    private async Task FinishAsync()
    {
        _endedAt ??= Now;
        _state = CallState.Ended;
        try
        {
            if (_bridgeCreated)
            {
                try
                {
                    await _s.Ari.DestroyBridgeAsync(CallIds.Bridge(CallId), Ct).ConfigureAwait(false);
                }
                catch (AriException ex) when (ex.IsNotFound)
                {
                }
                catch (AriException ex)
                {
                    CallsLog.StepFailed(_logger, ex, CallId, "destroy bridge (the reconciler retries)");
                }
            }
            foreach (var attempt in _attempts)
            {
                attempt.DialTimer?.Cancel();
                await ReleaseAsync(attempt).ConfigureAwait(false);
            }
            var record = BuildRecord();
            await _s.Records.EnqueueAsync(record, Ct).ConfigureAwait(false);
            CallsLog.Ended(_logger, CallId, record.Disposition, _attempts.Count);
            Publish(LiveEventType.CallEnded, record.Disposition, AnsweredAttempt?.Link ?? Current?.Link);
        }
        finally
        {
            _s.Registry.Remove(this);
            _mailbox.Close();
        }
    }

    /// <summary>The catch-all: whatever failed, leave no channel up, no slot held, and still write the record.</summary>
    private async Task FailSafeAsync()
    {
        if (_state == CallState.Ended)
            return;
        try
        {
            foreach (var attempt in _attempts.Where(a => !a.LegGone))
            {
                attempt.DialTimer?.Cancel();
                await TryAsync(() => HangupAsync(attempt.ChannelId, null), "hang up leg").ConfigureAwait(false);
                attempt.LegGone = true;
                attempt.Outcome ??= _callerGone ? AttemptOutcome.Abandoned : AttemptOutcome.Failed;
                attempt.EndedAt ??= Now;
            }
            if (!_callerGone)
            {
                _callerGone = true;
                await TryAsync(() => HangupCallerAsync(HangupCause.CircuitCongestion), "hang up caller").ConfigureAwait(false);
            }
            await FinishAsync().ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            CallsLog.StepFailed(_logger, ex, CallId, "fail-safe ending");
            _state = CallState.Ended;
            _s.Registry.Remove(this);
            _mailbox.Close();
        }
    }

    private async Task TryAsync(Func<Task> step, string operation)
    {
        try
        {
            await step().ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            CallsLog.StepFailed(_logger, ex, CallId, operation);
        }
    }

    private DialAttempt? AnsweredAttempt => _attempts.Find(a => a.Answered);

    private Disposition FinalDisposition()
    {
        if (_rejectReason is not null)
            return Disposition.Rejected;
        if (_answeredAt is not null)
            return Disposition.Answered;
        if (_attempts.Exists(a => a.Outcome == AttemptOutcome.Abandoned) || (_callerGone && _callerCauseSent is null))
            return Disposition.Abandoned;
        return Current?.Outcome switch
        {
            AttemptOutcome.Busy => Disposition.Busy,
            AttemptOutcome.NoAnswer => Disposition.NoAnswer,
            _ => Disposition.Failed,
        };
    }

    private CallRecordMessage BuildRecord()
    {
        var now = Now;
        var did = _plan?.Did;
        var campaign = _plan?.Campaign;
        var link = AnsweredAttempt?.Link ?? Current?.Link;
        var cause = _callerCauseSent ?? _callerCauseSeen ?? HangupCause.NormalClearing;
        var dialed = did?.Number ?? _inbound?.Dialplan.Exten ?? "";
        return new CallRecordMessage(
            Guid.CreateVersion7(now),
            CallId,
            CallId,
            did?.OwnerId,
            campaign?.Id,
            did?.Id,
            link?.ClientId,
            link?.LinkId,
            dialed.Length > 32 ? dialed[..32] : dialed,
            campaign?.Name,
            link?.ClientName,
            _inbound?.Caller.Number,
            string.IsNullOrEmpty(_inbound?.Caller.Name) ? null : _inbound.Caller.Name,
            _state == CallState.New && _startedAt == default ? now : _startedAt,
            _answeredAt,
            _endedAt ?? now,
            EnumText<Disposition>.Format(FinalDisposition()),
            _rejectReason is { } reason ? EnumText<CapConduit.Persistence.CallRecords.RejectReason>.Format(reason) : null,
            cause,
            Q850.Text(cause),
            _attempts.Select(a => new CallAttemptMessage(
                Guid.CreateVersion7(a.StartedAt),
                a.Sequence,
                a.Link.ClientId,
                a.Link.LinkId,
                a.Link.ClientName,
                a.Endpoint,
                a.ChannelId,
                a.StartedAt,
                a.EndedAt ?? _endedAt ?? now,
                AttemptResultText(a.Outcome ?? AttemptOutcome.Failed),
                a.CauseCode,
                a.CauseText)).ToArray());
    }

    private static string AttemptResultText(AttemptOutcome outcome) => EnumText<AttemptResult>.Format(outcome switch
    {
        AttemptOutcome.Answered => AttemptResult.Answered,
        AttemptOutcome.Busy => AttemptResult.Busy,
        AttemptOutcome.NoAnswer => AttemptResult.NoAnswer,
        AttemptOutcome.Abandoned => AttemptResult.Abandoned,
        _ => AttemptResult.Failed,
    });

    /// <summary>Publishes a live event after the call's previous one (ordered per call) without ever blocking the call.</summary>
    private void Publish(LiveEventType type, string? outcome, RoutingLink? link = null)
    {
        var did = _plan?.Did;
        var campaign = _plan?.Campaign;
        var liveEvent = new LiveEvent(type, CallId, Now, did?.OwnerId, campaign?.Id, campaign?.Name,
            did?.Number ?? _inbound?.Dialplan.Exten, link?.ClientId, link?.ClientName, outcome);
        _lastPublish = PublishAfterAsync(_lastPublish, liveEvent);
    }

    private async Task PublishAfterAsync(Task previous, LiveEvent liveEvent)
    {
        await previous.ConfigureAwait(false);
        try
        {
            await _s.LiveEvents.PublishAsync(liveEvent, Ct).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            CallsLog.LiveEventFailed(_logger, ex, liveEvent.Type, CallId);
        }
    }
}
