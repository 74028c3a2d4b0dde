using CapConduit.Telephony.LiveEvents;

namespace CapConduit.Api.Calls;

/// <summary>The answer of <c>liveCalls</c>: calls in progress and link load, as the viewer may see them.</summary>
public sealed record LiveCallsSnapshot(DateTimeOffset ReadAt, IReadOnlyList<LiveCall> Calls, IReadOnlyList<LiveLinkCapacity> Links);
