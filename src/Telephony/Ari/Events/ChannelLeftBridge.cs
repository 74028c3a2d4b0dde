using CapConduit.Telephony.Ari.Models;

namespace CapConduit.Telephony.Ari.Events;

/// <summary>A channel left a bridge; Bridge.Channels no longer includes it.</summary>
public sealed record ChannelLeftBridge : AriEvent
{
    public required Bridge Bridge { get; init; }
    public required Channel Channel { get; init; }
}
