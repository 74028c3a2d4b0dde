using CapConduit.Telephony.Ari.Events;

namespace CapConduit.Telephony.Calls;

/// <summary>
/// Shutdown's deadline passed while the call was still live; queued into its mailbox like any ARI event, it ends
/// the call through the catch-all (both sides hung up, slots freed, record written).
/// </summary>
public sealed record ShutdownDeadlineReached : AriEvent;
