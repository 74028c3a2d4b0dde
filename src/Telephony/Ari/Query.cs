using System.Globalization;
using System.Text;

namespace CapConduit.Telephony.Ari;

/// <summary>Builds an escaped query string, skipping null values.</summary>
internal sealed class Query
{
    private readonly StringBuilder _text = new();

    public Query Add(string name, string? value)
    {
        if (value is null)
            return this;
        _text.Append(_text.Length == 0 ? '?' : '&')
            .Append(Uri.EscapeDataString(name)).Append('=').Append(Uri.EscapeDataString(value));
        return this;
    }

    public Query Add(string name, int? value) =>
        Add(name, value?.ToString(CultureInfo.InvariantCulture));

    public override string ToString() => _text.ToString();
}
