namespace CapConduit.Telephony.Ari.Models;

/// <summary>ARI CallerID model (channels.json).</summary>
public sealed record CallerId(string Name, string Number);
