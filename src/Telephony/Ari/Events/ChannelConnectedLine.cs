using CapConduit.Telephony.Ari.Models;

namespace CapConduit.Telephony.Ari.Events;

/// <summary>A channel's connected line changed.</summary>
public sealed record ChannelConnectedLine : AriEvent
{
    public required Channel Channel { get; init; }
}
