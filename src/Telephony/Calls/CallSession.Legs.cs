using CapConduit.Telephony.Ari;
using CapConduit.Telephony.Caps;
using CapConduit.Telephony.LiveEvents;

namespace CapConduit.Telephony.Calls;

public sealed partial class CallSession
{
    /// <summary>The leg reached Stasis: the client answered. Answer the caller, bridge both, count the answer.</summary>
    private async Task OnLegAnsweredAsync(string legId)
    {
        var attempt = _attempts.Find(a => a.ChannelId == legId);
        if (attempt is null || attempt != Current || attempt.LegGone || _callerGone || _state != CallState.Dialing)
        {
            // Too late (caller gone, timer fired, or a leg we no longer want): do not leave it up.
            await HangupAsync(legId, null).ConfigureAwait(false);
            return;
        }
        attempt.DialTimer?.Cancel();
        attempt.Answered = true;
        attempt.Outcome = AttemptOutcome.Answered;
        _answeredAt = Now;
        MoveTo(CallState.Bridged);
        try
        {
            await _s.Ari.AnswerAsync(CallId, Ct).ConfigureAwait(false);
        }
        catch (AriException ex) when (ex.IsNotFound)
        {
            await OnCallerGoneAsync().ConfigureAwait(false);
            return;
        }
        var bridgeId = CallIds.Bridge(CallId);
        await _s.Ari.CreateBridgeAsync(bridgeId, bridgeId, Ct).ConfigureAwait(false);
        _bridgeCreated = true;
        try
        {
            await _s.Ari.AddChannelsAsync(bridgeId, [CallId, legId], Ct).ConfigureAwait(false);
        }
        catch (AriException ex) when (ex.IsNotFound)
        {
            // One side left while we bridged; its StasisEnd is queued and ends the other.
            CallsLog.StepFailed(_logger, ex, CallId, "addChannel");
        }

        await CountAnswerAsync(attempt).ConfigureAwait(false);
        _s.Metrics.CallAnswered();
        _s.Metrics.AttemptEnded(nameof(AttemptOutcome.Answered));
        CallsLog.Answered(_logger, CallId, attempt.Endpoint);
        Publish(LiveEventType.CallAnswered, "ANSWERED", attempt.Link);
    }

    /// <summary>
    /// Counts the answer in Redis now (exactly once per call id). PostgreSQL's total_calls_used is counted by
    /// the call record writer in the transaction that inserts the record, keyed by channel id.
    /// </summary>
    private async Task CountAnswerAsync(DialAttempt attempt)
    {
        try
        {
            await _s.Slots.MarkAnsweredAsync(attempt.Lease, Ct).ConfigureAwait(false);
        }
        catch (CapStoreUnavailableException ex)
        {
            CallsLog.CapsUnavailable(_logger, ex, CallId, "count answer");
        }
    }

    /// <summary>An answered leg left Stasis (the client hung up, or we did): end the caller too.</summary>
    private async Task OnLegLeftStasisAsync(string legId)
    {
        var attempt = _attempts.Find(a => a.ChannelId == legId);
        if (attempt is null || attempt.LegGone)
            return;
        await AnsweredLegEndedAsync(attempt).ConfigureAwait(false);
    }

    private async Task AnsweredLegEndedAsync(DialAttempt attempt)
    {
        attempt.LegGone = true;
        attempt.EndedAt = Now;
        if (!_callerGone)
        {
            _endedAt ??= Now;
            MoveTo(CallState.Ending);
            if (!await HangupCallerAsync(HangupCause.NormalClearing).ConfigureAwait(false))
                _callerGone = true;
        }
        await TryFinishAsync().ConfigureAwait(false);
    }

    private async Task OnLegDestroyedAsync(string legId, int cause, string causeText)
    {
        var attempt = _attempts.Find(a => a.ChannelId == legId);
        if (attempt is null || attempt.LegGone)
            return;
        attempt.CauseCode = cause;
        attempt.CauseText = causeText;
        if (attempt.Answered)
        {
            await AnsweredLegEndedAsync(attempt).ConfigureAwait(false);
            return;
        }
        attempt.LegGone = true;
        await EndAttemptAsync(attempt, OutcomeClassifier.Classify(cause, attempt.DialTimerFired, _callerGone)).ConfigureAwait(false);
        await ContinueAfterFailedAttemptAsync().ConfigureAwait(false);
    }

    private async Task ContinueAfterFailedAttemptAsync()
    {
        if (_callerGone)
            await TryFinishAsync().ConfigureAwait(false);
        else if (_state == CallState.Dialing)
            await DialNextAsync().ConfigureAwait(false);
    }

    /// <summary>An unanswered attempt is over: free its slot at once (others may use it), record and publish.</summary>
    private async Task EndAttemptAsync(DialAttempt attempt, AttemptOutcome outcome)
    {
        attempt.DialTimer?.Cancel();
        attempt.Outcome = outcome;
        attempt.EndedAt = Now;
        await ReleaseAsync(attempt).ConfigureAwait(false);
        _s.Metrics.AttemptEnded(outcome.ToString());
        CallsLog.AttemptEnded(_logger, CallId, attempt.Sequence, attempt.Endpoint, outcome, attempt.CauseCode);
        Publish(LiveEventType.AttemptFailed, AttemptResultText(outcome), attempt.Link);
    }

    private async Task ReleaseAsync(DialAttempt attempt)
    {
        if (attempt.SlotReleased)
            return;
        try
        {
            await _s.Slots.ReleaseAsync(attempt.Lease, Ct).ConfigureAwait(false);
            attempt.SlotReleased = true;
        }
        catch (CapStoreUnavailableException ex)
        {
            // The lease is no longer renewed by us (SlotStore forgot it), so it expires by itself after its TTL.
            CallsLog.CapsUnavailable(_logger, ex, CallId, "release");
        }
    }

    /// <summary>The caller left (hang-up, CANCEL, or found gone): cancel a ringing leg, or end the bridged one.</summary>
    private async Task OnCallerGoneAsync()
    {
        if (_callerGone)
        {
            await TryFinishAsync().ConfigureAwait(false);
            return;
        }
        _callerGone = true;
        _endedAt ??= Now;
        if (Current is { LegGone: false } attempt)
        {
            attempt.DialTimer?.Cancel();
            if (_state is CallState.Dialing or CallState.Bridged)
                MoveTo(CallState.Ending);
            if (!await HangupAsync(attempt.ChannelId, null).ConfigureAwait(false))
            {
                attempt.LegGone = true;
                if (!attempt.Answered)
                    await EndAttemptAsync(attempt, AttemptOutcome.Abandoned).ConfigureAwait(false);
                else
                    attempt.EndedAt = Now;
            }
        }
        await TryFinishAsync().ConfigureAwait(false);
    }

    /// <summary>Channels missing from the reconciler's list lost their events while disconnected: treat them as gone.</summary>
    private async Task OnChannelsListedAsync(ChannelsListed listed)
    {
        if (Current is { LegGone: false, OriginatedAt: { } originated } attempt &&
            originated < listed.Cutoff && !listed.LiveChannelIds.Contains(attempt.ChannelId))
        {
            CallsLog.FoundGone(_logger, CallId, attempt.ChannelId);
            if (attempt.Answered)
                await OnLegLeftStasisAsync(attempt.ChannelId).ConfigureAwait(false);
            else
                await OnLegDestroyedAsync(attempt.ChannelId, HangupCause.NormalClearing, "Channel gone (found by reconciling)").ConfigureAwait(false);
        }
        if (!_callerGone && _state != CallState.New && _startedAt < listed.Cutoff && !listed.LiveChannelIds.Contains(CallId))
        {
            CallsLog.FoundGone(_logger, CallId, CallId);
            await OnCallerGoneAsync().ConfigureAwait(false);
        }
        await TryFinishAsync().ConfigureAwait(false);
    }
}
