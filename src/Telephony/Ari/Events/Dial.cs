using CapConduit.Telephony.Ari.Models;

namespace CapConduit.Telephony.Ari.Events;

/// <summary>Progress of a dial: Dialstatus is "" then RINGING then ANSWER or a final status (BUSY, CONGESTION, NOANSWER...).</summary>
public sealed record Dial : AriEvent
{
    public Channel? Caller { get; init; }
    public required Channel Peer { get; init; }
    public string? Forward { get; init; }
    public Channel? Forwarded { get; init; }
    public string? Dialstring { get; init; }
    public string Dialstatus { get; init; } = "";
}
