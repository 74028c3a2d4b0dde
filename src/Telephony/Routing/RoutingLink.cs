using CapConduit.Telephony.Caps;

namespace CapConduit.Telephony.Routing;

/// <summary>A campaign-client link with what routing needs of its client; plain data a database loader fills.</summary>
/// <param name="ClientIdentifier">The client's PJSIP endpoint id (what is dialled).</param>
/// <param name="HasContact">Whether the client's AOR has a contact URI.</param>
/// <param name="TotalCallsAllowed">Null means unlimited.</param>
/// <param name="TotalCallsUsed">The database's count; seeds Redis when it has none.</param>
public sealed record RoutingLink(
    Guid LinkId,
    Guid ClientId,
    string ClientIdentifier,
    string ClientName,
    bool ClientActive,
    bool HasContact,
    bool LinkActive,
    int Priority,
    int Weight,
    int MaxConcurrency,
    long? TotalCallsAllowed,
    long TotalCallsUsed)
{
    /// <summary>The slot request for this link on behalf of a call.</summary>
    public SlotRequest ToSlotRequest(string callId) =>
        new(LinkId, callId, MaxConcurrency, TotalCallsAllowed, TotalCallsUsed);
}
