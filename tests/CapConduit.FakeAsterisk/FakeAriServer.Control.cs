namespace CapConduit.FakeAsterisk;

// The test-side control surface: things a carrier, a call center or the network would do.
public sealed partial class FakeAriServer
{
    /// <summary>Scripts a PJSIP endpoint such as "PJSIP/cc_answer"; unscripted endpoints fail with 500.</summary>
    public void SetEndpoint(string endpoint, EndpointBehavior behavior) => _simulator.SetEndpoint(endpoint, behavior);

    /// <summary>A carrier call to <paramref name="dialedNumber"/> enters Stasis; returns its channel id.</summary>
    public string InjectInboundCall(string dialedNumber, string callerNumber, string callerName = "") =>
        _simulator.InjectInbound(dialedNumber, callerNumber, callerName);

    /// <summary>
    /// The far end of a channel hangs up: CANCEL (127/487) for an unanswered inbound call, BYE otherwise.
    /// Returns false when the channel is already gone.
    /// </summary>
    public bool HangUpCaller(string channelId) => _simulator.FarEndHangup(channelId);

    /// <summary>
    /// Opens another events WebSocket for the application, as a second ARI client (or a second instance with the
    /// same app name) would; it takes the application over from the one subscribed now.
    /// </summary>
    public async Task<System.Net.WebSockets.ClientWebSocket> SubscribeAnotherClientAsync(CancellationToken cancellationToken = default)
    {
        var socket = new System.Net.WebSockets.ClientWebSocket();
        socket.Options.SetRequestHeader("Authorization", "Basic " + Convert.ToBase64String(
            System.Text.Encoding.UTF8.GetBytes($"{Options.User}:{Options.Password}")));
        await socket.ConnectAsync(new Uri($"ws://{Url.Authority}/ari/events?app={Options.App}"), cancellationToken).ConfigureAwait(false);
        return socket;
    }

    /// <summary>Aborts every events WebSocket, as a network drop or Asterisk restart would.</summary>
    public Task DropWebSocketsAsync()
    {
        _hub.AbortAll();
        return Task.CompletedTask;
    }

    /// <summary>Ids of channels that exist now.</summary>
    public IReadOnlyList<string> LiveChannelIds => _simulator.LiveChannelIds();

    /// <summary>Ids of bridges that exist now.</summary>
    public IReadOnlyList<string> LiveBridgeIds => _simulator.LiveBridgeIds();
}
