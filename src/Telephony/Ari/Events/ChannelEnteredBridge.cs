using CapConduit.Telephony.Ari.Models;

namespace CapConduit.Telephony.Ari.Events;

/// <summary>A channel joined a bridge; Bridge.Channels includes it.</summary>
public sealed record ChannelEnteredBridge : AriEvent
{
    public required Bridge Bridge { get; init; }
    public Channel? Channel { get; init; }
}
