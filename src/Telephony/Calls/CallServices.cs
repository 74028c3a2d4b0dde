using CapConduit.Telephony.Ari;
using CapConduit.Telephony.CallRecords;
using CapConduit.Telephony.Caps;
using CapConduit.Telephony.LiveEvents;
using CapConduit.Telephony.Routing;
using Microsoft.Extensions.Logging;

namespace CapConduit.Telephony.Calls;

/// <summary>What every call session uses; one instance shared by all sessions.</summary>
public sealed record CallServices(
    AriClient Ari,
    Router Router,
    RoutingSnapshotHolder Routes,
    SlotStore Slots,
    CallRecordOutbox Records,
    LiveEventPublisher LiveEvents,
    TelephonyMetrics Metrics,
    CallSessionRegistry Registry,
    TimeProvider Time,
    ILoggerFactory LoggerFactory);

/// <summary>Creates sessions for the dispatcher and the reconciler.</summary>
public sealed class CallSessionFactory(CallServices services)
{
    public CallSession Create(string callId) => new(callId, services);
}
