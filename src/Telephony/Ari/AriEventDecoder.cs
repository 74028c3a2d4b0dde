using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using CapConduit.Telephony.Ari.Events;

namespace CapConduit.Telephony.Ari;

/// <summary>
/// Turns one WebSocket message into its typed event, choosing the record by the "type" field wherever
/// it sits (ChannelVarset puts variable/value first). Unknown types become <see cref="UnknownAriEvent"/>.
/// </summary>
public static class AriEventDecoder
{
    private static readonly Dictionary<string, JsonTypeInfo> ByType = new(StringComparer.Ordinal)
    {
        ["StasisStart"] = AriJsonContext.Default.StasisStart,
        ["StasisEnd"] = AriJsonContext.Default.StasisEnd,
        ["ChannelStateChange"] = AriJsonContext.Default.ChannelStateChange,
        ["Dial"] = AriJsonContext.Default.Dial,
        ["ChannelHangupRequest"] = AriJsonContext.Default.ChannelHangupRequest,
        ["ChannelDestroyed"] = AriJsonContext.Default.ChannelDestroyed,
        ["ChannelEnteredBridge"] = AriJsonContext.Default.ChannelEnteredBridge,
        ["ChannelLeftBridge"] = AriJsonContext.Default.ChannelLeftBridge,
        ["BridgeDestroyed"] = AriJsonContext.Default.BridgeDestroyed,
        ["ChannelVarset"] = AriJsonContext.Default.ChannelVarset,
        ["ChannelConnectedLine"] = AriJsonContext.Default.ChannelConnectedLine,
        ["ApplicationReplaced"] = AriJsonContext.Default.ApplicationReplaced,
    };

    public static AriEvent Decode(ReadOnlySpan<byte> utf8Json)
    {
        var reader = new Utf8JsonReader(utf8Json);
        using var document = JsonDocument.ParseValue(ref reader);
        return Decode(document.RootElement);
    }

    public static AriEvent Decode(string json) => Decode(System.Text.Encoding.UTF8.GetBytes(json));

    public static AriEvent Decode(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
            throw new JsonException($"An ARI event must be a JSON object, not {root.ValueKind}.");
        var type = root.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String
            ? t.GetString()!
            : "";
        if (ByType.TryGetValue(type, out var info))
            return (AriEvent)(root.Deserialize(info) ?? throw new JsonException($"ARI event {type} decoded to null."));
        return new UnknownAriEvent
        {
            Type = type,
            Timestamp = root.TryGetProperty("timestamp", out var ts) && ts.ValueKind == JsonValueKind.String &&
                        AriTimestampConverter.TryParse(ts.GetString()!, out var stamp)
                ? stamp
                : default,
            AsteriskId = Text(root, "asterisk_id"),
            Application = Text(root, "application") ?? "",
            Raw = root.Clone(),
        };
    }

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
