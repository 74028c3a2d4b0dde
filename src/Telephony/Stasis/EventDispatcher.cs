using CapConduit.Telephony.Ari.Events;
using CapConduit.Telephony.Calls;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CapConduit.Telephony.Stasis;

/// <summary>
/// The one place that maps an ARI event to its call: an inbound StasisStart creates the call; an originated
/// leg's StasisStart names its call in args (<c>out,&lt;inbound id&gt;</c>); everything else by channel or
/// bridge id. It only queues; it never awaits call work, so the receive loop never blocks.
/// </summary>
public sealed class EventDispatcher
{
    private readonly CallSessionRegistry _registry;
    private readonly CallSessionFactory _factory;
    private readonly Ari.AriClient _ari;
    private readonly ILogger<EventDispatcher> _logger;
    private readonly string _app;

    public EventDispatcher(CallSessionRegistry registry, CallSessionFactory factory,
        Ari.AriClient ariClient, IOptions<Ari.AriOptions> ari, ILogger<EventDispatcher> logger)
    {
        _registry = registry;
        _factory = factory;
        _ari = ariClient;
        _logger = logger;
        _app = ari.Value.App;
    }

    /// <summary>
    /// Set when Asterisk gave our app to another WebSocket (ApplicationReplaced): no events reach this instance
    /// until its own WebSocket connects again, which makes it the newest subscriber. Not fought over: readiness
    /// reports it and an operator fixes the duplicate <c>Ari:App</c>.
    /// </summary>
    public bool Replaced => Volatile.Read(ref _replaced);

    private bool _replaced;

    /// <summary>Our WebSocket (re)connected and so owns the app again.</summary>
    public ValueTask OnConnectedAsync(bool reconnected, CancellationToken cancellationToken)
    {
        Volatile.Write(ref _replaced, false);
        return ValueTask.CompletedTask;
    }

    public ValueTask SinkAsync(AriEvent e)
    {
        Dispatch(e);
        return ValueTask.CompletedTask;
    }

    public void Dispatch(AriEvent e)
    {
        switch (e)
        {
            case StasisStart { Args: ["out", var callId, ..] } leg:
                if (!_registry.TryGet(callId, out var owner) || !owner.Post(e))
                    _ = HangUpOrphanLegAsync(leg.Channel.Id);
                break;
            case StasisStart start:
                _registry.GetOrAdd(start.Channel.Id, _factory.Create).Post(e);
                break;
            case ApplicationReplaced:
                Volatile.Write(ref _replaced, true);
                StasisLog.ApplicationReplaced(_logger, _app);
                break;
            default:
                if (IdOf(e) is { } id)
                    Post(CallIds.CallIdOf(id), e);
                break;
        }
    }

    /// <summary>
    /// A client answered for a call that has already ended: nobody would ever hang the leg up, so do it now
    /// (off the receive loop; a failure is left to the reconciler's sweep).
    /// </summary>
    private async Task HangUpOrphanLegAsync(string legId)
    {
        StasisLog.OrphanLeg(_logger, legId);
        try
        {
            await _ari.HangupAsync(legId, Ari.HangupCause.NormalClearing, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Ari.AriException ex)
        {
            StasisLog.OrphanLegHangupFailed(_logger, ex, legId);
        }
    }

    private void Post(string callId, AriEvent e)
    {
        if (!_registry.TryGet(callId, out var session) || !session.Post(e))
            StasisLog.Unmatched(_logger, e.Type, callId);
    }

    private static string? IdOf(AriEvent e) => e switch
    {
        Dial d => d.Peer.Id,
        ChannelHangupRequest h => h.Channel.Id,
        ChannelDestroyed d => d.Channel.Id,
        StasisEnd s => s.Channel.Id,
        ChannelStateChange c => c.Channel.Id,
        ChannelEnteredBridge b => b.Channel?.Id ?? b.Bridge.Id,
        ChannelLeftBridge b => b.Channel.Id,
        BridgeDestroyed b => b.Bridge.Id,
        ChannelVarset v => v.Channel?.Id,
        ChannelConnectedLine c => c.Channel.Id,
        _ => null,
    };
}
