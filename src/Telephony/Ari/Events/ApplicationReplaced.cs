namespace CapConduit.Telephony.Ari.Events;

/// <summary>Another WebSocket registered the same application name and took over its events.</summary>
public sealed record ApplicationReplaced : AriEvent;
