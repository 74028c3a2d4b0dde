using System.Text.Json.Nodes;

namespace CapConduit.FakeAsterisk;

internal sealed partial class AsteriskSimulator
{
    /// <summary>POST /bridges: 200 with channels []; Asterisk sends no BridgeCreated.</summary>
    public SimReply CreateBridge(string? bridgeId, string? name) => Read(() =>
    {
        var id = bridgeId ?? Guid.NewGuid().ToString();
        if (!_bridges.TryGetValue(id, out var bridge))
        {
            bridge = new FakeBridge { Id = id, Name = name ?? "", CreationTime = options.TimeProvider.GetUtcNow() };
            _bridges.Add(id, bridge);
        }

        return SimReply.Ok(AsteriskJson.Bridge(bridge));
    });

    public SimReply GetBridge(string id) =>
        Read(() => _bridges.TryGetValue(id, out var b) ? SimReply.Ok(AsteriskJson.Bridge(b)) : SimReply.BridgeNotFound);

    public SimReply ListBridges() =>
        Read(() => SimReply.Ok(new JsonArray(_bridges.Values.Select(b => (JsonNode)AsteriskJson.Bridge(b)).ToArray())));

    /// <summary>A gone bridge is 404, but a gone channel on a live bridge is 400 (ari-traces probes).</summary>
    public SimReply AddChannels(string bridgeId, string[] channelIds, AsteriskEventSequence sequence)
    {
        if (!_bridges.TryGetValue(bridgeId, out var bridge))
            return SimReply.BridgeNotFound;
        if (channelIds.Length == 0)
            return SimReply.Error(400, "Missing parameter channel");
        var channels = channelIds.Select(Live).ToList();
        if (channels.Any(c => c is null))
            return SimReply.ChannelNotFound(400);
        foreach (var channel in channels)
        {
            if (channel!.BridgeId == bridge.Id)
                continue;
            if (channel.BridgeId is { } other && _bridges.TryGetValue(other, out var previous))
                LeaveBridge(previous, channel, sequence);
            bridge.Channels.Add(channel.Id);
            channel.BridgeId = bridge.Id;
            sequence.EnteredBridge(bridge, channel);
        }

        if (bridge.Channels.Count == 2)
            AnnouncePeers(bridge, sequence);
        return SimReply.NoContent;
    }

    public SimReply RemoveChannels(string bridgeId, string[] channelIds, AsteriskEventSequence sequence)
    {
        if (!_bridges.TryGetValue(bridgeId, out var bridge))
            return SimReply.BridgeNotFound;
        var channels = channelIds.Select(Live).ToList();
        if (channels.Count == 0 || channels.Any(c => c is null))
            return SimReply.ChannelNotFound(400);
        if (channels.Any(c => c!.BridgeId != bridge.Id))
            return SimReply.Error(422, "Channel not in this bridge");
        foreach (var channel in channels)
            LeaveBridge(bridge, channel!, sequence);
        return SimReply.NoContent;
    }

    /// <summary>DELETE /bridges/{id}: BridgeDestroyed with channels [].</summary>
    public SimReply DestroyBridge(string bridgeId, AsteriskEventSequence sequence)
    {
        if (!_bridges.Remove(bridgeId, out var bridge))
            return SimReply.BridgeNotFound;
        foreach (var id in bridge.Channels.ToList())
        {
            if (Live(id) is { } channel)
                LeaveBridge(bridge, channel, sequence);
        }

        bridge.Channels.Clear();
        sequence.BridgeDestroyed(bridge);
        return SimReply.NoContent;
    }

    // Noise Asterisk sends once two legs share a bridge: BRIDGEPEER/BRIDGEPVTCALLID and connected line.
    private void AnnouncePeers(FakeBridge bridge, AsteriskEventSequence sequence)
    {
        var pair = bridge.Channels.Select(Live).OfType<FakeChannel>().ToList();
        if (pair.Count != 2)
            return;
        foreach (var (self, peer) in new[] { (pair[0], pair[1]), (pair[1], pair[0]) })
        {
            sequence.Varset(self, "BRIDGEPEER", peer.Name).Varset(self, "BRIDGEPVTCALLID", peer.ProtocolId);
            sequence.ConnectedLine(self);
        }
    }

    public JsonObject Application(string app) => Read(() => new JsonObject
    {
        ["name"] = app,
        ["channel_ids"] = new JsonArray(_channels.Values.Where(c => c.InStasis)
            .Select(c => (JsonNode)JsonValue.Create(c.Id)).ToArray()),
        ["bridge_ids"] = new JsonArray(_bridges.Keys.Select(id => (JsonNode)JsonValue.Create(id)).ToArray()),
        ["endpoint_ids"] = new JsonArray(),
        ["device_names"] = new JsonArray(),
        ["events_allowed"] = new JsonArray(),
        ["events_disallowed"] = new JsonArray(),
    });
}
