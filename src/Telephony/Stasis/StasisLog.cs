using Microsoft.Extensions.Logging;

namespace CapConduit.Telephony.Stasis;

internal static partial class StasisLog
{
    [LoggerMessage(EventId = 3700, Level = LogLevel.Error, Message = "A {EventType} handler escaped the call's catch-all")]
    public static partial void HandlerEscaped(ILogger logger, Exception exception, string eventType);

    [LoggerMessage(EventId = 3701, Level = LogLevel.Debug, Message = "ARI {EventType} for {Id} matches no live call; ignored")]
    public static partial void Unmatched(ILogger logger, string eventType, string id);

    [LoggerMessage(EventId = 3702, Level = LogLevel.Critical, Message = "Another connection registered Stasis app '{App}' and now receives its events (ApplicationReplaced); this instance gets none until its connection is re-established; check that each instance uses its own Ari:App")]
    public static partial void ApplicationReplaced(ILogger logger, string app);

    [LoggerMessage(EventId = 3710, Level = LogLevel.Information, Message = "Reconciled after {Kind}: {Channels} channels listed, {Sessions} live calls checked, {Adopted} adopted, {Orphans} orphan channels hung up, {Bridges} orphan bridges destroyed, {Slots} slots freed")]
    public static partial void Reconciled(ILogger logger, string kind, int channels, int sessions, int adopted, int orphans, int bridges, int slots);

    [LoggerMessage(EventId = 3711, Level = LogLevel.Warning, Message = "Reconciling after {Kind} failed")]
    public static partial void ReconcileFailed(ILogger logger, Exception exception, string kind);

    [LoggerMessage(EventId = 3712, Level = LogLevel.Information, Message = "Telephony is disabled (Telephony:Enabled = false); the Stasis app does not run")]
    public static partial void Disabled(ILogger logger);

    [LoggerMessage(EventId = 3703, Level = LogLevel.Warning, Message = "Leg {LegId} reached Stasis for a call that has ended; hanging it up")]
    public static partial void OrphanLeg(ILogger logger, string legId);

    [LoggerMessage(EventId = 3704, Level = LogLevel.Warning, Message = "Hanging up orphan leg {LegId} failed; the sweep retries")]
    public static partial void OrphanLegHangupFailed(ILogger logger, Exception exception, string legId);

    [LoggerMessage(EventId = 3713, Level = LogLevel.Information, Message = "Waiting for the first routing snapshot before connecting to ARI")]
    public static partial void WaitingForRoutingSnapshot(ILogger logger);
}
