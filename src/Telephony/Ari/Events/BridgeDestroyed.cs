using CapConduit.Telephony.Ari.Models;

namespace CapConduit.Telephony.Ari.Events;

/// <summary>A bridge was destroyed (after DELETE /bridges).</summary>
public sealed record BridgeDestroyed : AriEvent
{
    public required Bridge Bridge { get; init; }
}
