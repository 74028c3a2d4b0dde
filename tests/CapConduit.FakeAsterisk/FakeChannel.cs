namespace CapConduit.FakeAsterisk;

/// <summary>One simulated channel. Mutated only under the simulator's lock.</summary>
public sealed class FakeChannel
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required string ProtocolId { get; init; }
    public required bool IsOriginated { get; init; }
    public required DateTimeOffset CreationTime { get; init; }
    public string State { get; set; } = "Down";
    public string CallerName { get; set; } = "";
    public string CallerNumber { get; set; } = "";
    public string ConnectedName { get; set; } = "";
    public string ConnectedNumber { get; set; } = "";
    public required string Context { get; set; }
    public required string Exten { get; set; }
    public string AppName { get; set; } = "";
    public string AppData { get; set; } = "";

    /// <summary>Originated legs: the endpoint (PJSIP/x) and its dialstring (x).</summary>
    public string? Endpoint { get; init; }
    public string? AppArgs { get; init; }
    public EndpointBehavior? Behavior { get; set; }

    public bool InStasis { get; set; }
    public bool Answered { get; set; }
    public bool Dialed { get; set; }
    public string? BridgeId { get; set; }
    public bool IsGone { get; set; }
    public Dictionary<string, string> Variables { get; } = new(StringComparer.Ordinal);

    /// <summary>Cancels the endpoint script's pending timers when the channel ends.</summary>
    public CancellationTokenSource Script { get; } = new();

    public string Dialstring => Endpoint is null ? "" : Endpoint[(Endpoint.IndexOf('/') + 1)..];
}
