using System.Text;
using System.Text.Json;

namespace CapConduit.Api.Transport.WebSockets;

/// <summary>Builds outbound frames; a payload is already-serialized JSON (e.g. an ExecutionResult).</summary>
internal static class GraphQLWsOutbound
{
    public static byte[] Create(string type, string? id = null, string? payloadJson = null)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            if (id is not null)
            {
                writer.WriteString("id", id);
            }

            writer.WriteString("type", type);
            if (payloadJson is not null)
            {
                writer.WritePropertyName("payload");
                writer.WriteRawValue(Encoding.UTF8.GetBytes(payloadJson));
            }

            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }
}
