using System.Collections.Frozen;
using System.Text;

namespace CapConduit.Persistence.Conventions;

/// <summary>
/// CapConduit's own enums are stored as their GraphQL names (<c>PENDING_APPROVAL</c>) in text columns guarded by a
/// CHECK constraint, so the database refuses unknown values and reads stay human-friendly.
/// </summary>
public static class EnumText<T>
    where T : struct, Enum
{
    private static readonly FrozenDictionary<T, string> ToText =
        Enum.GetValues<T>().ToFrozenDictionary(v => v, v => ScreamingSnake(v.ToString()));

    private static readonly FrozenDictionary<string, T> FromText =
        ToText.ToFrozenDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

    public static IReadOnlyCollection<string> Names => ToText.Values;

    public static string Format(T value) => ToText[value];

    public static T Parse(string text) =>
        FromText.TryGetValue(text, out var value)
            ? value
            : throw new FormatException($"'{text}' is not a {typeof(T).Name}; expected one of {string.Join(", ", Names)}.");

    private static string ScreamingSnake(string name)
    {
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]))
                builder.Append('_');
            builder.Append(char.ToUpperInvariant(name[i]));
        }
        return builder.ToString();
    }
}
