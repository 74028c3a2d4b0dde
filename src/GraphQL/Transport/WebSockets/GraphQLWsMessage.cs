using System.Text.Json;

namespace CapConduit.Api.Transport.WebSockets;

/// <summary>One inbound graphql-transport-ws message, validated for its type's shape.</summary>
public sealed record GraphQLWsMessage(string Type, string? Id, JsonElement? Payload)
{
    /// <summary>Parses and validates a text frame; <paramref name="error"/> says why it is invalid (close 4400).</summary>
    public static GraphQLWsMessage? Parse(ReadOnlySpan<byte> utf8, out string? error)
    {
        try
        {
            using var doc = JsonDocument.Parse(utf8.ToArray());
            var root = doc.RootElement;
            error = Validate(root, out var type, out var id, out var payload);
            return error is null ? new GraphQLWsMessage(type!, id, payload?.Clone()) : null;
        }
        catch (JsonException)
        {
            error = "Invalid message received: not JSON.";
            return null;
        }
    }

    private static string? Validate(JsonElement root, out string? type, out string? id, out JsonElement? payload)
    {
        type = null;
        id = null;
        payload = null;
        if (root.ValueKind != JsonValueKind.Object
            || !root.TryGetProperty("type", out var t) || t.ValueKind != JsonValueKind.String)
        {
            return "Invalid message received: 'type' is missing.";
        }

        type = t.GetString();
        if (root.TryGetProperty("payload", out var p) && p.ValueKind is not JsonValueKind.Null)
        {
            payload = p;
        }

        if (root.TryGetProperty("id", out var i))
        {
            id = i.ValueKind == JsonValueKind.String ? i.GetString() : null;
        }

        return type switch
        {
            GraphQLWsMessageType.ConnectionInit or GraphQLWsMessageType.Ping or GraphQLWsMessageType.Pong =>
                payload is { ValueKind: not JsonValueKind.Object } ? $"Invalid message received: '{type}' payload must be an object." : null,
            GraphQLWsMessageType.Subscribe =>
                string.IsNullOrEmpty(id) ? "Invalid message received: 'subscribe' needs an 'id'."
                : payload is not { ValueKind: JsonValueKind.Object } pl
                  || !pl.TryGetProperty("query", out var q) || q.ValueKind != JsonValueKind.String
                    ? "Invalid message received: 'subscribe' payload needs a 'query' string." : null,
            GraphQLWsMessageType.Complete =>
                string.IsNullOrEmpty(id) ? "Invalid message received: 'complete' needs an 'id'." : null,
            _ => $"Invalid message received: unexpected type '{type}'.",
        };
    }
}
