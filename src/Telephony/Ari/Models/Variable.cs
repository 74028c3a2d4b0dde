namespace CapConduit.Telephony.Ari.Models;

/// <summary>ARI Variable: the value of a channel variable or function.</summary>
public sealed record Variable(string Value);
