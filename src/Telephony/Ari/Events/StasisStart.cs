using CapConduit.Telephony.Ari.Models;

namespace CapConduit.Telephony.Ari.Events;

/// <summary>A channel entered the Stasis app; Args are the appArgs split on commas.</summary>
public sealed record StasisStart : AriEvent
{
    public IReadOnlyList<string> Args { get; init; } = [];
    public required Channel Channel { get; init; }
    public Channel? ReplaceChannel { get; init; }
}
