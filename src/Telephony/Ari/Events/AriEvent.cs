namespace CapConduit.Telephony.Ari.Events;

/// <summary>Base of every event on the ARI WebSocket (events.json "Message" and "Event").</summary>
public abstract record AriEvent
{
    public string Type { get; init; } = "";
    public DateTimeOffset Timestamp { get; init; }
    public string? AsteriskId { get; init; }
    public string Application { get; init; } = "";
}
