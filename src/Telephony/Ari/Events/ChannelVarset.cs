using CapConduit.Telephony.Ari.Models;

namespace CapConduit.Telephony.Ari.Events;

/// <summary>A channel variable was set (Channel is null for global variables).</summary>
public sealed record ChannelVarset : AriEvent
{
    public required string Variable { get; init; }
    public string Value { get; init; } = "";
    public Channel? Channel { get; init; }
}
