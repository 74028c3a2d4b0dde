using CapConduit.Telephony.Ari.Models;

namespace CapConduit.Telephony.Ari.Events;

/// <summary>A hangup was requested. Cause/Soft are absent for a far-end BYE; an app DELETE gives cause 32, soft true.</summary>
public sealed record ChannelHangupRequest : AriEvent
{
    public int? Cause { get; init; }
    public int? TechCause { get; init; }
    public bool? Soft { get; init; }
    public required Channel Channel { get; init; }
}
