using System.Diagnostics;
using CapConduit.Persistence.CallRecords;
using CapConduit.Telephony.Ari;
using CapConduit.Telephony.Ari.Events;
using CapConduit.Telephony.Caps;
using CapConduit.Telephony.LiveEvents;
using CapConduit.Telephony.Routing;

namespace CapConduit.Telephony.Calls;

public sealed partial class CallSession
{
    private async Task OnCallerEnteredAsync(StasisStart start)
    {
        if (_state != CallState.New)
            return; // a duplicate (e.g. adopted by the reconciler, then the real event arrived)
        _receivedAt = Stopwatch.GetTimestamp();
        _inbound = start.Channel;
        _startedAt = Now;
        _s.Metrics.CallStarted();
        CallsLog.Started(_logger, CallId, start.Channel.Caller.Number, start.Channel.Dialplan.Exten);
        if (_s.Registry.IsDraining)
        {
            // Shutting down: refuse with 34 (congestion) so the carrier or another instance takes the call.
            Stasis.CallDrainLog.RefusedWhileDraining(_logger, CallId);
            await RejectAsync(RejectReason.CapacityUnavailable).ConfigureAwait(false);
            return;
        }

        RoutePlan plan;
        try
        {
            // The snapshot is in memory: no PostgreSQL round trip per call.
            plan = await _s.Router.PlanAsync(_s.Routes.Current, start.Channel.Dialplan.Exten, null, Ct).ConfigureAwait(false);
        }
        catch (CapStoreUnavailableException ex)
        {
            CallsLog.CapsUnavailable(_logger, ex, CallId, "round-robin order");
            await RejectAsync(RejectReason.CapacityUnavailable).ConfigureAwait(false);
            return;
        }
        _plan = plan;
        Publish(LiveEventType.CallStarted, null);
        if (plan.Rejection is { } rejection)
        {
            await RejectAsync(rejection).ConfigureAwait(false);
            return;
        }

        MoveTo(CallState.Dialing);
        try
        {
            await _s.Ari.RingAsync(CallId, Ct).ConfigureAwait(false);
        }
        catch (AriException ex) when (ex.IsNotFound)
        {
            await OnCallerGoneAsync().ConfigureAwait(false);
            return;
        }
        await DialNextAsync().ConfigureAwait(false);
    }

    /// <summary>Takes a slot on the next link that has one and originates its leg; gives up when none is left.</summary>
    private async Task DialNextAsync()
    {
        var plan = _plan!;
        while (_nextLink < plan.Links.Count)
        {
            var link = plan.Links[_nextLink++];
            SlotAcquisition slot;
            try
            {
                slot = await _s.Slots.TryAcquireAsync(link.ToSlotRequest(CallId), Ct).ConfigureAwait(false);
            }
            catch (CapStoreUnavailableException ex)
            {
                // Never dial without a slot (PRODUCT §5.7): a cap could be exceeded.
                CallsLog.CapsUnavailable(_logger, ex, CallId, "acquire");
                await GiveUpAsync(capacityUnavailable: true).ConfigureAwait(false);
                return;
            }
            if (slot.Lease is not { } lease)
                continue;
            if (await OriginateAsync(link, lease).ConfigureAwait(false))
                return;
        }
        await GiveUpAsync(capacityUnavailable: false).ConfigureAwait(false);
    }

    private async Task<bool> OriginateAsync(RoutingLink link, SlotLease lease)
    {
        var sequence = _attempts.Count + 1;
        var attempt = new DialAttempt(sequence, link, lease, CallIds.Leg(CallId, sequence), Now);
        _attempts.Add(attempt);
        Publish(LiveEventType.AttemptStarted, null, link);
        CallsLog.Dialing(_logger, CallId, attempt.Endpoint, attempt.ChannelId, sequence);
        var timeout = _plan!.Campaign!.DialTimeoutSeconds;
        if (sequence == 1)
            _s.Metrics.RoutingLatency(Stopwatch.GetElapsedTime(_receivedAt));
        try
        {
            // The leg goes into this Stasis app (never the dialplan), so we see its end; it shows the caller's number.
            await _s.Ari.OriginateAsync(new OriginateRequest(attempt.Endpoint)
            {
                AppArgs = $"out,{CallId}",
                CallerId = _inbound!.Caller.Number,
                TimeoutSeconds = timeout,
                ChannelId = attempt.ChannelId,
            }, Ct).ConfigureAwait(false);
        }
        catch (AriException ex)
        {
            // 500 "Allocation failed" (unknown endpoint) and the like: the client cannot take calls.
            CallsLog.StepFailed(_logger, ex, CallId, "originate " + attempt.Endpoint);
            if (ex.IsTransient)
                await HangupAsync(attempt.ChannelId, null).ConfigureAwait(false); // in case it was created after all
            attempt.LegGone = true;
            attempt.CauseText = ex.AsteriskMessage;
            await EndAttemptAsync(attempt, AttemptOutcome.Failed).ConfigureAwait(false);
            return false;
        }

        attempt.OriginatedAt = Now;
        var timer = new CancellationTokenSource();
        attempt.DialTimer = timer;
        _ = RunDialTimerAsync(attempt.ChannelId, TimeSpan.FromSeconds(timeout), timer.Token);
        return true;
    }

    private async Task RunDialTimerAsync(string legId, TimeSpan timeout, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(timeout, _s.Time, cancellationToken).ConfigureAwait(false);
            Post(new DialTimerElapsed(legId) { Type = nameof(DialTimerElapsed) });
        }
        catch (OperationCanceledException)
        {
        }
    }

    private async Task OnDialTimerAsync(string legId)
    {
        if (Current is not { } attempt || attempt.ChannelId != legId || attempt.Answered || attempt.LegGone)
            return;
        attempt.DialTimerFired = true;
        // Its ChannelDestroyed (19 "User alerting, no answer") then moves the call on to the next link.
        if (!await HangupAsync(legId, "no_answer").ConfigureAwait(false))
        {
            attempt.LegGone = true;
            await EndAttemptAsync(attempt, AttemptOutcome.NoAnswer).ConfigureAwait(false);
            await ContinueAfterFailedAttemptAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Nothing (more) to dial: reject when nobody was dialled, else end with the last attempt's outcome.</summary>
    private async Task GiveUpAsync(bool capacityUnavailable)
    {
        if (_attempts.Count == 0)
        {
            await RejectAsync(capacityUnavailable ? RejectReason.CapacityUnavailable : RejectReason.NoEligibleClient)
                .ConfigureAwait(false);
            return;
        }
        MoveTo(CallState.Ending);
        if (!await HangupCallerAsync(HangupCause.CircuitCongestion).ConfigureAwait(false))
            await OnCallerGoneAsync().ConfigureAwait(false);
    }

    private async Task RejectAsync(RejectReason reason)
    {
        _rejectReason = reason;
        var code = Persistence.Conventions.EnumText<RejectReason>.Format(reason);
        var cause = RejectCause(reason);
        _s.Metrics.CallRejected(code);
        CallsLog.Rejected(_logger, CallId, code, cause);
        Publish(LiveEventType.CallRejected, code);
        MoveTo(CallState.Ending);
        if (!await HangupCallerAsync(cause).ConfigureAwait(false))
            await OnCallerGoneAsync().ConfigureAwait(false);
    }

    /// <summary>Q.850 cause for the caller: 1 (SIP 404) for a number we do not serve, 34 (SIP 503) when nobody can take it.</summary>
    private static int RejectCause(RejectReason reason) => reason switch
    {
        RejectReason.DidNotFound or RejectReason.DidInactive => HangupCause.UnallocatedNumber,
        RejectReason.OwnerInactive or RejectReason.NoActiveCampaign => HangupCause.CallRejected,
        _ => HangupCause.CircuitCongestion,
    };
}
