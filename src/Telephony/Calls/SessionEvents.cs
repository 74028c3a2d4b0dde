using System.Collections.Frozen;
using CapConduit.Telephony.Ari.Events;

namespace CapConduit.Telephony.Calls;

/// <summary>Our own dial timer for a leg ran out; queued into the call's mailbox like any ARI event.</summary>
public sealed record DialTimerElapsed(string LegId) : AriEvent;

/// <summary>
/// The channels Asterisk had when the reconciler listed them. A session treats its channels that are missing
/// (and that existed before <paramref name="Cutoff"/>) as gone: their events were lost while disconnected.
/// </summary>
public sealed record ChannelsListed(FrozenSet<string> LiveChannelIds, DateTimeOffset Cutoff) : AriEvent;
