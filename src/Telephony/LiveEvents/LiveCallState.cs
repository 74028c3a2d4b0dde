using System.Text.Json.Serialization;

namespace CapConduit.Telephony.LiveEvents;

/// <summary>Where a call in progress stands, as derived from its live events.</summary>
public enum LiveCallState
{
    /// <summary>Entered Stasis; routing, or between attempts (no client rings).</summary>
    [JsonStringEnumMemberName("ROUTING")]
    Routing,

    /// <summary>A client's endpoint rings (<see cref="LiveCall.ClientId"/>).</summary>
    [JsonStringEnumMemberName("RINGING")]
    Ringing,

    /// <summary>Answered and bridged to <see cref="LiveCall.ClientId"/> since <see cref="LiveCall.ConnectedAt"/>.</summary>
    [JsonStringEnumMemberName("CONNECTED")]
    Connected,
}
