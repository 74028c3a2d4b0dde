namespace CapConduit.Telephony.Ari.Models;

/// <summary>ARI Channel snapshot (channels.json "Channel").</summary>
public sealed record Channel
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public ChannelState State { get; init; }
    public string ProtocolId { get; init; } = "";
    public required CallerId Caller { get; init; }
    public required CallerId Connected { get; init; }
    public string Accountcode { get; init; } = "";
    public required DialplanLocation Dialplan { get; init; }
    public DateTimeOffset Creationtime { get; init; }
    public string Language { get; init; } = "";
    public Dictionary<string, string>? Channelvars { get; init; }
    public string? CallerRdnis { get; init; }
    public string? Tenantid { get; init; }
}
