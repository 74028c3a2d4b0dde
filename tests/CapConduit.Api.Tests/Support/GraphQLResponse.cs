using System.Text.Json;
using System.Text.RegularExpressions;

namespace CapConduit.Api.Tests.Support;

/// <summary>A serialized GraphQL response with helpers for the assertions the catalog tests make.</summary>
public sealed partial class GraphQLResponse(JsonElement root)
{
    public JsonElement Root { get; } = root;

    public JsonElement Data => Root.GetProperty("data");

    /// <summary>The <c>extensions.code</c> of the first GraphQL error, or null when there is none.</summary>
    public string? ErrorCode =>
        Root.TryGetProperty("errors", out var errors) && errors.GetArrayLength() > 0
            ? errors[0].GetProperty("extensions").GetProperty("code").GetString()
            : null;

    /// <summary>The payload of mutation <paramref name="field"/>, asserting the operation raised no GraphQL error.</summary>
    public JsonElement Payload(string field)
    {
        Assert.True(ErrorCode is null, $"Unexpected GraphQL error: {Root}");
        return Data.GetProperty(field);
    }

    /// <summary>The <c>code</c>s of the payload's user errors.</summary>
    public IReadOnlyList<string> UserErrorCodes(string field) =>
        Payload(field).GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("code").GetString()!).ToList();

    /// <summary>The JSON with ids and timestamps replaced by placeholders, for snapshots.</summary>
    public string Scrubbed() =>
        Timestamp().Replace(Guid().Replace(JsonSerializer.Serialize(Root, Indented), "<id>"), "<time>");

    public override string ToString() => Root.ToString();

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [GeneratedRegex("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")]
    private static partial Regex Guid();

    [GeneratedRegex(@"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)")]
    private static partial Regex Timestamp();
}
