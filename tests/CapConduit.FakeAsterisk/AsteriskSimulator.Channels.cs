using System.Text.Json.Nodes;

namespace CapConduit.FakeAsterisk;

internal sealed partial class AsteriskSimulator
{
    public SimReply ListChannels() =>
        Read(() => SimReply.Ok(new JsonArray(_channels.Values.Select(c => (JsonNode)AsteriskJson.Channel(c)).ToArray())));

    public SimReply GetChannel(string id) =>
        Read(() => Live(id) is { } c ? SimReply.Ok(AsteriskJson.Channel(c)) : SimReply.ChannelNotFound());

    /// <summary>POST /ring: no event, the channel stays Ring (ari-traces behaviour 10).</summary>
    public SimReply Ring(string id) =>
        Read(() => Live(id) is null ? SimReply.ChannelNotFound() : SimReply.NoContent);

    public SimReply Answer(string id, AsteriskEventSequence sequence)
    {
        if (Live(id) is not { } channel)
            return SimReply.ChannelNotFound();
        if (!channel.Answered)
        {
            channel.Answered = true;
            channel.State = "Up";
            sequence.StateChange(channel);
        }

        return SimReply.NoContent;
    }

    public SimReply GetVariable(string id, string? variable) => Read(() =>
    {
        if (Live(id) is not { } channel)
            return SimReply.ChannelNotFound();
        if (string.IsNullOrEmpty(variable))
            return SimReply.Error(400, "Variable name is required");
        return channel.Variables.TryGetValue(variable, out var value)
            ? SimReply.Ok(new JsonObject { ["value"] = value })
            : SimReply.Error(404, "Provided variable was not found");
    });

    public SimReply SetVariable(string id, string? variable, string? value, AsteriskEventSequence sequence)
    {
        if (Live(id) is not { } channel)
            return SimReply.ChannelNotFound();
        if (string.IsNullOrEmpty(variable))
            return SimReply.Error(400, "Variable name is required");
        channel.Variables[variable] = value ?? "";
        sequence.Varset(channel, variable, value ?? "");
        return SimReply.NoContent;
    }

    public IReadOnlyList<string> LiveChannelIds() => Read(() => _channels.Keys.ToList());

    public IReadOnlyList<string> LiveBridgeIds() => Read(() => _bridges.Keys.ToList());
}
