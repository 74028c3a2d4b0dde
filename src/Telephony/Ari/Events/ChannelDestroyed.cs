using CapConduit.Telephony.Ari.Models;

namespace CapConduit.Telephony.Ari.Events;

/// <summary>A channel is gone. Asterisk 22 sends it for originated channels only, never for inbound ones.</summary>
public sealed record ChannelDestroyed : AriEvent
{
    public int Cause { get; init; }
    public string CauseTxt { get; init; } = "";
    public int? TechCause { get; init; }
    public required Channel Channel { get; init; }
}
