namespace CapConduit.Telephony.Ari.Models;

/// <summary>ARI DialplanCEP model: where the channel is in the dialplan.</summary>
public sealed record DialplanLocation(string Context, string Exten, long Priority, string AppName, string AppData);
