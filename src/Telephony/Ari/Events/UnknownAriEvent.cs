using System.Text.Json;

namespace CapConduit.Telephony.Ari.Events;

/// <summary>Any event type we do not model; kept whole so nothing is lost.</summary>
public sealed record UnknownAriEvent : AriEvent
{
    public JsonElement Raw { get; init; }
}
