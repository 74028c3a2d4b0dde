using CapConduit.Telephony.Ari.Models;

namespace CapConduit.Telephony.Ari.Events;

/// <summary>A channel left the Stasis app (for inbound channels, the last event Asterisk sends).</summary>
public sealed record StasisEnd : AriEvent
{
    public required Channel Channel { get; init; }
}
