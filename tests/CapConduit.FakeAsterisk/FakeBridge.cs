namespace CapConduit.FakeAsterisk;

/// <summary>One simulated Stasis mixing bridge. Mutated only under the simulator's lock.</summary>
public sealed class FakeBridge
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required DateTimeOffset CreationTime { get; init; }
    public List<string> Channels { get; } = [];

    /// <summary>Asterisk reported native_rtp in the first ChannelLeftBridge of each call.</summary>
    public bool HasLostAChannel { get; set; }
}
