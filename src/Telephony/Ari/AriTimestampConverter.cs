using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CapConduit.Telephony.Ari;

/// <summary>
/// Asterisk writes "2026-11-23T21:41:00.084+0000" (offset without a colon), which System.Text.Json's
/// ISO 8601 reader refuses; this reads both forms and writes Asterisk's.
/// </summary>
public sealed class AriTimestampConverter : JsonConverter<DateTimeOffset>
{
    private static readonly string[] Formats =
        ["yyyy-MM-dd'T'HH:mm:ss.fffzzz", "yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz"];

    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString() ?? throw new JsonException("ARI timestamp is null.");
        return Parse(text);
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(Format(value));

    public static DateTimeOffset Parse(string text) =>
        TryParse(text, out var value) ? value : throw new JsonException($"'{text}' is not an ARI timestamp.");

    public static bool TryParse(string text, out DateTimeOffset value)
    {
        var normalized = text;
        // "+0000" → "+00:00" so the standard zzz specifier accepts it.
        if (text.Length > 5 && text[^5] is '+' or '-' && char.IsAsciiDigit(text[^1]) && text[^3] != ':')
            normalized = string.Concat(text.AsSpan(0, text.Length - 2), ":", text.AsSpan(text.Length - 2));
        return DateTimeOffset.TryParseExact(normalized, Formats, CultureInfo.InvariantCulture,
                   DateTimeStyles.None, out value) ||
               DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out value);
    }

    public static string Format(DateTimeOffset value) =>
        value.ToString("yyyy-MM-dd'T'HH:mm:ss.fff", CultureInfo.InvariantCulture) +
        (value.Offset < TimeSpan.Zero ? "-" : "+") + value.Offset.ToString("hhmm", CultureInfo.InvariantCulture);
}
