using System.Collections.Frozen;
using CapConduit.Telephony.Ari;
using CapConduit.Telephony.Ari.Events;
using CapConduit.Telephony.Ari.Models;
using CapConduit.Telephony.Calls;
using CapConduit.Telephony.Caps;
using Microsoft.Extensions.Logging;

namespace CapConduit.Telephony.Stasis;

/// <summary>
/// PRODUCT §5.8: after every (re)connect, and periodically as a sweep, compares what Asterisk has with what
/// this instance believes. Live calls learn which of their channels vanished (their events were lost);
/// unanswered inbound channels nobody handles are adopted as new calls (on connect only); other orphan
/// channels of ours are hung up; bridges of no live call are destroyed; slots of calls that no longer
/// exist are freed.
/// </summary>
public sealed class Reconciler
{
    /// <summary>A sweep while connected ignores channels younger than this: their events may be in flight.</summary>
    private static readonly TimeSpan SweepGrace = TimeSpan.FromSeconds(5);

    private readonly AriClient _ari;
    private readonly CallSessionRegistry _registry;
    private readonly EventDispatcher _dispatcher;
    private readonly SlotStore _slots;
    private readonly TelephonyMetrics _metrics;
    private readonly TimeProvider _time;
    private readonly ILogger<Reconciler> _logger;

    public Reconciler(AriClient ari, CallSessionRegistry registry, EventDispatcher dispatcher, SlotStore slots,
        TelephonyMetrics metrics, TimeProvider time, ILogger<Reconciler> logger)
    {
        _ari = ari;
        _registry = registry;
        _dispatcher = dispatcher;
        _slots = slots;
        _metrics = metrics;
        _time = time;
        _logger = logger;
    }

    /// <summary>The event stream's Connected handler: runs before any event of the new connection is read.</summary>
    public async ValueTask OnConnectedAsync(bool isReconnect, CancellationToken cancellationToken)
    {
        if (isReconnect)
            _metrics.AriReconnected();
        await RunAsync(isReconnect ? "reconnect" : "connect", adopt: true, TimeSpan.Zero, cancellationToken).ConfigureAwait(false);
    }

    public Task SweepAsync(CancellationToken cancellationToken) =>
        RunAsync("sweep", adopt: false, SweepGrace, cancellationToken);

    private async Task RunAsync(string kind, bool adopt, TimeSpan grace, CancellationToken cancellationToken)
    {
        try
        {
            var listedAt = _time.GetUtcNow();
            var channels = await _ari.ListChannelsAsync(cancellationToken).ConfigureAwait(false);
            var application = await _ari.GetApplicationAsync(cancellationToken).ConfigureAwait(false);
            var live = channels.Select(c => c.Id).ToFrozenSet(StringComparer.Ordinal);
            var sessions = _registry.Sessions;
            foreach (var session in sessions)
                session.Post(new ChannelsListed(live, listedAt - grace) { Type = nameof(ChannelsListed) });

            var inApp = application.ChannelIds.ToHashSet(StringComparer.Ordinal);
            var (adopted, orphans) = await HandleUnknownChannelsAsync(channels, inApp, adopt, cancellationToken).ConfigureAwait(false);
            var bridges = await DestroyOrphanBridgesAsync(application.BridgeIds, cancellationToken).ConfigureAwait(false);
            var slots = await FreeDeadSlotsAsync(cancellationToken).ConfigureAwait(false);
            StasisLog.Reconciled(_logger, kind, channels.Count, sessions.Count, adopted, orphans, bridges, slots);
        }
        catch (Exception ex) when (ex is AriException or CapStoreUnavailableException)
        {
            StasisLog.ReconcileFailed(_logger, ex, kind);
        }
    }

    private async Task<(int Adopted, int Orphans)> HandleUnknownChannelsAsync(
        IReadOnlyList<Channel> channels, HashSet<string> inApp, bool adopt, CancellationToken cancellationToken)
    {
        int adopted = 0, orphans = 0;
        foreach (var channel in channels)
        {
            var callId = CallIds.CallIdOf(channel.Id);
            if (_registry.Contains(callId))
                continue;
            var isOurLeg = callId != channel.Id;
            if (!isOurLeg && !inApp.Contains(channel.Id))
                continue; // not ours (another app or plain dialplan)
            if (!isOurLeg && adopt && channel.State == ChannelState.Ring)
            {
                // Entered Stasis while we were disconnected: its StasisStart was lost; route it now.
                _dispatcher.Dispatch(new StasisStart { Type = nameof(StasisStart), Channel = channel, Args = [] });
                adopted++;
                continue;
            }
            if (isOurLeg || adopt)
            {
                // A leg of a call we no longer track, or a caller we cannot resume (already answered): end it.
                await HangupQuietlyAsync(channel.Id, cancellationToken).ConfigureAwait(false);
                orphans++;
            }
        }
        return (adopted, orphans);
    }

    private async Task<int> DestroyOrphanBridgesAsync(IReadOnlyList<string> bridgeIds, CancellationToken cancellationToken)
    {
        var destroyed = 0;
        foreach (var bridgeId in bridgeIds)
        {
            if (_registry.Contains(CallIds.CallIdOf(bridgeId)))
                continue;
            try
            {
                await _ari.DestroyBridgeAsync(bridgeId, cancellationToken).ConfigureAwait(false);
                destroyed++;
            }
            catch (AriException ex) when (ex.IsNotFound)
            {
            }
        }
        return destroyed;
    }

    private async Task<int> FreeDeadSlotsAsync(CancellationToken cancellationToken)
    {
        var freed = 0;
        foreach (var lease in _slots.HeldLeases)
        {
            if (_registry.Contains(lease.CallId))
                continue;
            await _slots.ReleaseAsync(lease, cancellationToken).ConfigureAwait(false);
            freed++;
        }
        return freed;
    }

    private async Task HangupQuietlyAsync(string channelId, CancellationToken cancellationToken)
    {
        try
        {
            await _ari.HangupAsync(channelId, HangupCause.NormalClearing, cancellationToken).ConfigureAwait(false);
        }
        catch (AriException ex) when (ex.IsNotFound)
        {
        }
    }
}
