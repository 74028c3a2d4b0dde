using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CapConduit.Api.Tests.Support;

/// <summary>Reads GraphQL responses and makes them stable for snapshots.</summary>
public static class GraphQLJson
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The <c>extensions.code</c> of every GraphQL error in the response (empty when none).</summary>
    public static IReadOnlyList<string?> ErrorCodes(JsonDocument body) =>
        body.RootElement.TryGetProperty("errors", out var errors)
            ? errors.EnumerateArray().Select(e => e.GetProperty("extensions").GetProperty("code").GetString()).ToList()
            : [];

    /// <summary>The <c>code</c> of every user error in a payload.</summary>
    public static IReadOnlyList<string?> UserErrorCodes(JsonElement payload) =>
        payload.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("code").GetString()).ToList();

    /// <summary>
    /// Indented JSON with volatile values replaced: tokens, ids and timestamps become a marker saying only whether a
    /// value was present, so a snapshot still shows that they were returned.
    /// </summary>
    public static string Scrub(JsonElement element)
    {
        var node = JsonNode.Parse(element.GetRawText());
        ScrubNode(node);
        return node?.ToJsonString(Indented) ?? "null";
    }

    private static void ScrubNode(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj.ToList())
                {
                    if (value is JsonValue && IsVolatile(key))
                        obj[key] = "<" + key + ">";
                    else
                        ScrubNode(value);
                }
                break;
            case JsonArray array:
                foreach (var item in array)
                    ScrubNode(item);
                break;
        }
    }

    private static bool IsVolatile(string key) =>
        key is "id" or "accessToken" or "refreshToken" or "cursor" or "startCursor" or "endCursor" or "details"
        || key.EndsWith("At", StringComparison.Ordinal) || key.EndsWith("Id", StringComparison.Ordinal);
}
