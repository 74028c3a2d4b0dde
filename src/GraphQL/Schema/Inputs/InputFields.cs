using System.Collections;

namespace CapConduit.Api.Schema.Inputs;

/// <summary>
/// The fields a client actually sent in an input object, so partial updates change only what was given: a field that
/// is absent stays as it is, a field sent as <c>null</c> is cleared. <see cref="Path"/> names the input for
/// <c>UserError.field</c>.
/// </summary>
public sealed class InputFields(IReadOnlyDictionary<string, object?> values, IReadOnlyList<string> path)
{
    public IReadOnlyList<string> Path { get; } = path;

    public static InputFields From(object? input, string name = "input") =>
        new(ToDictionary(input), [name]);

    public bool Has(string name) => values.ContainsKey(name);

    public T? Get<T>(string name) => values.TryGetValue(name, out var value) && value is not null ? (T)value : default;

    public string? Text(string name) => Get<object>(name)?.ToString();

    public int? Int(string name) => values.TryGetValue(name, out var value) && value is not null ? Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture) : null;

    /// <summary>Reads an ID field as a Guid; null when absent, null or not a Guid.</summary>
    public Guid? Id(string name) => Guid.TryParse(Text(name), out var id) ? id : null;

    public IReadOnlyList<Guid?> Ids(string name) =>
        Get<IEnumerable>(name)?.Cast<object?>().Select(v => Guid.TryParse(v?.ToString(), out var g) ? g : (Guid?)null).ToList() ?? [];

    /// <summary>The nested input object <paramref name="name"/>, or null when absent or sent as null.</summary>
    public InputFields? Nested(string name) =>
        values.TryGetValue(name, out var value) && value is not null ? new(ToDictionary(value), [.. Path, name]) : null;

    /// <summary>Path of one field of this input, for <c>UserError.field</c>.</summary>
    public IReadOnlyList<string> PathOf(string name) => [.. Path, name];

    private static IReadOnlyDictionary<string, object?> ToDictionary(object? input) => input switch
    {
        IReadOnlyDictionary<string, object?> d => d,
        IDictionary<string, object?> d => d.AsReadOnly(),
        null => new Dictionary<string, object?>(),
        _ => throw new ArgumentException($"Expected an input object, got {input.GetType()}.", nameof(input)),
    };
}
