namespace CapConduit.Telephony.Ari.Models;

/// <summary>ARI Bridge snapshot (bridges.json "Bridge").</summary>
public sealed record Bridge
{
    public required string Id { get; init; }
    public string Technology { get; init; } = "";
    public string BridgeType { get; init; } = "";
    public string BridgeClass { get; init; } = "";
    public string Creator { get; init; } = "";
    public string Name { get; init; } = "";
    public IReadOnlyList<string> Channels { get; init; } = [];
    public string? VideoMode { get; init; }
    public string? VideoSourceId { get; init; }
    public DateTimeOffset Creationtime { get; init; }
}
