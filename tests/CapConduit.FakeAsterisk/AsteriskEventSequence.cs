using System.Text.Json.Nodes;

namespace CapConduit.FakeAsterisk;

/// <summary>
/// Builds the events of one simulated step in the order Asterisk 22 sent them (ari-traces README).
/// The caller holds the simulator lock and hands the batch to the event hub.
/// </summary>
internal sealed class AsteriskEventSequence(string app, DateTimeOffset now)
{
    private readonly List<JsonObject> _events = [];

    public IReadOnlyList<JsonObject> Events => _events;

    public AsteriskEventSequence Add(string type, JsonObject fields)
    {
        var e = new JsonObject { ["type"] = type, ["timestamp"] = AsteriskJson.Timestamp(now) };
        foreach (var (key, value) in fields.ToList())
        {
            fields.Remove(key);
            e[key] = value;
        }

        e["asterisk_id"] = "00:00:00:00:00:00";
        e["application"] = app;
        _events.Add(e);
        return this;
    }

    public AsteriskEventSequence StasisStart(FakeChannel c, IEnumerable<string> args) =>
        Add("StasisStart", new JsonObject
        {
            ["args"] = new JsonArray(args.Select(a => (JsonNode)JsonValue.Create(a)).ToArray()),
            ["channel"] = AsteriskJson.Channel(c),
        });

    public AsteriskEventSequence StasisEnd(FakeChannel c) =>
        Add("StasisEnd", new JsonObject { ["channel"] = AsteriskJson.Channel(c) });

    public AsteriskEventSequence StateChange(FakeChannel c) =>
        Add("ChannelStateChange", new JsonObject { ["channel"] = AsteriskJson.Channel(c) });

    public AsteriskEventSequence Dial(FakeChannel peer, string status) =>
        Add("Dial", new JsonObject
        {
            ["dialstatus"] = status,
            ["forward"] = "",
            ["dialstring"] = peer.Dialstring,
            ["peer"] = AsteriskJson.Channel(peer),
        });

    /// <summary>cause null: a far-end BYE, which carries neither cause nor soft.</summary>
    public AsteriskEventSequence HangupRequest(FakeChannel c, int? cause = null, int? techCause = null,
        bool soft = false)
    {
        var fields = new JsonObject();
        if (cause is not null)
            fields["cause"] = cause;
        if (techCause is not null)
            fields["tech_cause"] = techCause;
        if (soft)
            fields["soft"] = true;
        fields["channel"] = AsteriskJson.Channel(c);
        return Add("ChannelHangupRequest", fields);
    }

    public AsteriskEventSequence Destroyed(FakeChannel c, int cause, string causeText, int? techCause)
    {
        var fields = new JsonObject { ["cause"] = cause, ["cause_txt"] = causeText };
        if (techCause is not null)
            fields["tech_cause"] = techCause;
        fields["channel"] = AsteriskJson.Channel(c);
        return Add("ChannelDestroyed", fields);
    }

    public AsteriskEventSequence Varset(FakeChannel c, string variable, string value) =>
        Add("ChannelVarset", new JsonObject
        {
            ["variable"] = variable,
            ["value"] = value,
            ["channel"] = AsteriskJson.Channel(c),
        });

    public AsteriskEventSequence ConnectedLine(FakeChannel c) =>
        Add("ChannelConnectedLine", new JsonObject { ["channel"] = AsteriskJson.Channel(c) });

    public AsteriskEventSequence EnteredBridge(FakeBridge b, FakeChannel c) =>
        Add("ChannelEnteredBridge", new JsonObject
        {
            ["bridge"] = AsteriskJson.Bridge(b),
            ["channel"] = AsteriskJson.Channel(c),
        });

    public AsteriskEventSequence LeftBridge(FakeBridge b, FakeChannel c, string technology) =>
        Add("ChannelLeftBridge", new JsonObject
        {
            ["bridge"] = AsteriskJson.Bridge(b, technology),
            ["channel"] = AsteriskJson.Channel(c),
        });

    public AsteriskEventSequence BridgeDestroyed(FakeBridge b) =>
        Add("BridgeDestroyed", new JsonObject { ["bridge"] = AsteriskJson.Bridge(b) });
}
