namespace CapConduit.Telephony.Ari.Models;

/// <summary>ARI Application (applications.json): what the Stasis app currently owns.</summary>
public sealed record Application(
    string Name,
    IReadOnlyList<string> ChannelIds,
    IReadOnlyList<string> BridgeIds,
    IReadOnlyList<string> EndpointIds,
    IReadOnlyList<string> DeviceNames);
