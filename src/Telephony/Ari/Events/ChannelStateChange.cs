using CapConduit.Telephony.Ari.Models;

namespace CapConduit.Telephony.Ari.Events;

/// <summary>A channel's state changed (Ringing, Up...).</summary>
public sealed record ChannelStateChange : AriEvent
{
    public required Channel Channel { get; init; }
}
