using System.Globalization;
using System.Text;
using CapConduit.Api.Schema.Errors;

namespace CapConduit.Api.Schema.Relay;

/// <summary>
/// An opaque keyset cursor: the sort key of the last row seen (a timestamp or a string) plus its id as a tie-break.
/// Encoded as base64url of <c>v1|t|ticks|id</c> or <c>v1|s|escaped-key|id</c>.
/// </summary>
public sealed record KeysetCursor
{
    private const string Version = "v1";

    private KeysetCursor(DateTimeOffset? timestamp, string? text, string id)
    {
        Timestamp = timestamp;
        Text = text;
        Id = id;
    }

    /// <summary>The timestamp sort key, when the cursor was made by <see cref="FromTimestamp"/>.</summary>
    public DateTimeOffset? Timestamp { get; }

    /// <summary>The string sort key, when the cursor was made by <see cref="FromString"/>.</summary>
    public string? Text { get; }

    /// <summary>Id of the row, compared after the sort key.</summary>
    public string Id { get; }

    public static KeysetCursor FromTimestamp(DateTimeOffset timestamp, string id) =>
        new(timestamp.ToUniversalTime(), null, CheckId(id));

    public static KeysetCursor FromString(string key, string id) =>
        new(null, key ?? throw new ArgumentNullException(nameof(key)), CheckId(id));

    public string Encode()
    {
        var body = Timestamp is { } ts
            ? $"{Version}|t|{ts.UtcTicks.ToString(CultureInfo.InvariantCulture)}|{Id}"
            : $"{Version}|s|{Uri.EscapeDataString(Text!)}|{Id}";
        return Convert.ToBase64String(Encoding.UTF8.GetBytes(body)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    /// <exception cref="ApiBadInputException">The cursor was not produced by <see cref="Encode"/>.</exception>
    public static KeysetCursor Decode(string cursor)
    {
        try
        {
            var parts = Encoding.UTF8.GetString(FromBase64Url(cursor)).Split('|');
            if (parts is [Version, "t", var ticks, var tid] && tid.Length > 0)
            {
                return new(new DateTimeOffset(long.Parse(ticks, NumberStyles.None, CultureInfo.InvariantCulture), TimeSpan.Zero), null, tid);
            }

            if (parts is [Version, "s", var key, var sid] && sid.Length > 0)
            {
                return new(null, Uri.UnescapeDataString(key), sid);
            }
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException or OverflowException or DecoderFallbackException)
        {
            throw new ApiBadInputException($"The cursor '{cursor}' is not valid.", ex);
        }

        throw new ApiBadInputException($"The cursor '{cursor}' is not valid.");
    }

    /// <summary>Decodes an optional cursor argument (null stays null).</summary>
    public static KeysetCursor? DecodeOrNull(string? cursor) => cursor is null ? null : Decode(cursor);

    private static byte[] FromBase64Url(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var s = text.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(s.PadRight(s.Length + ((4 - (s.Length % 4)) % 4), '='));
    }

    private static string CheckId(string id) =>
        string.IsNullOrEmpty(id) || id.Contains('|', StringComparison.Ordinal)
            ? throw new ArgumentException("A cursor id must be non-empty and contain no '|'.", nameof(id))
            : id;
}
