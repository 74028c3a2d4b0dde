using System.Globalization;
using System.Text.Json.Nodes;

namespace CapConduit.FakeAsterisk;

/// <summary>Channel and bridge snapshots shaped exactly as Asterisk 22 writes them.</summary>
internal static class AsteriskJson
{
    public static string Timestamp(DateTimeOffset t) =>
        t.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff", CultureInfo.InvariantCulture) + "+0000";

    public static JsonObject Channel(FakeChannel c) => new()
    {
        ["id"] = c.Id,
        ["name"] = c.Name,
        ["state"] = c.State,
        ["protocol_id"] = c.ProtocolId,
        ["caller"] = new JsonObject { ["name"] = c.CallerName, ["number"] = c.CallerNumber },
        ["connected"] = new JsonObject { ["name"] = c.ConnectedName, ["number"] = c.ConnectedNumber },
        ["accountcode"] = "",
        ["dialplan"] = new JsonObject
        {
            ["context"] = c.Context,
            ["exten"] = c.Exten,
            ["priority"] = 1,
            ["app_name"] = c.AppName,
            ["app_data"] = c.AppData,
        },
        ["creationtime"] = Timestamp(c.CreationTime),
        ["language"] = "en",
    };

    public static JsonObject Bridge(FakeBridge b, string technology = "simple_bridge") => new()
    {
        ["id"] = b.Id,
        ["technology"] = technology,
        ["bridge_type"] = "mixing",
        ["bridge_class"] = "stasis",
        ["creator"] = "Stasis",
        ["name"] = b.Name,
        ["channels"] = new JsonArray(b.Channels.Select(id => (JsonNode)JsonValue.Create(id)).ToArray()),
        ["creationtime"] = Timestamp(b.CreationTime),
        ["video_mode"] = "talker",
    };

    public static JsonObject Message(string key, string text) => new() { [key] = text };
}
