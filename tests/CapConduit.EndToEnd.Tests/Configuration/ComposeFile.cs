namespace CapConduit.EndToEnd.Tests.Configuration;

/// <summary>
/// A line reader for docker-compose.yml, not a YAML parser: it relies on the file's own layout (two-space
/// indents, one key per line, block lists, no anchors). CI validates the real syntax with
/// <c>docker-compose config -q</c> (scripts/check-compose.sh); these tests check what it cannot.
/// </summary>
internal sealed class ComposeFile
{
    private readonly Dictionary<string, List<(int Indent, string Text)>> _services;

    private ComposeFile(Dictionary<string, List<(int Indent, string Text)>> services) => _services = services;

    public IReadOnlyCollection<string> Services => _services.Keys;

    public static ComposeFile Load(string path)
    {
        var services = new Dictionary<string, List<(int, string)>>(StringComparer.Ordinal);
        List<(int, string)>? current = null;
        var inServices = false;
        foreach (var raw in File.ReadLines(path))
        {
            var trimmed = raw.Trim();
            if (trimmed.Length == 0 || trimmed[0] == '#')
                continue;
            var indent = raw.Length - raw.TrimStart(' ').Length;
            if (indent == 0)
            {
                inServices = trimmed == "services:";
                current = null;
                continue;
            }
            if (!inServices)
                continue;
            if (indent == 2)
            {
                current = [];
                services.Add(trimmed.TrimEnd(':'), current);
                continue;
            }
            current?.Add((indent, trimmed));
        }
        return new ComposeFile(services);
    }

    /// <summary>The service's own keys (four-space indent).</summary>
    public IEnumerable<string> Keys(string service) =>
        Lines(service).Where(l => l.Indent == 4).Select(l => l.Text.Split(':', 2)[0]);

    /// <summary>The scalar value of a service key, without quotes; null when absent.</summary>
    public string? Scalar(string service, string key)
    {
        var line = Lines(service).FirstOrDefault(l => l.Indent == 4 && l.Text.StartsWith(key + ":", StringComparison.Ordinal));
        return line.Text is null ? null : Unquote(line.Text[(key.Length + 1)..]);
    }

    /// <summary>The items of a block list under a service key (e.g. ports), without quotes.</summary>
    public IReadOnlyList<string> List(string service, string key) =>
        Block(service, key).Where(t => t.StartsWith("- ", StringComparison.Ordinal)).Select(t => Unquote(t[2..])).ToList();

    /// <summary>The entries of a block mapping under a service key (e.g. environment), values without quotes.</summary>
    public IReadOnlyDictionary<string, string> Map(string service, string key) =>
        Block(service, key).Select(t => t.Split(':', 2)).ToDictionary(p => p[0].Trim(), p => Unquote(p[1]), StringComparer.Ordinal);

    /// <summary>depends_on in its long form: service name to condition.</summary>
    public IReadOnlyDictionary<string, string> DependsOn(string service)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        string? dependency = null;
        var inBlock = false;
        foreach (var (indent, text) in Lines(service))
        {
            if (indent == 4)
                inBlock = text == "depends_on:";
            else if (inBlock && indent == 6)
                dependency = text.TrimEnd(':');
            else if (inBlock && indent == 8 && dependency is not null && text.StartsWith("condition:", StringComparison.Ordinal))
                result[dependency] = Unquote(text["condition:".Length..]);
        }
        return result;
    }

    private IEnumerable<string> Block(string service, string key)
    {
        var inBlock = false;
        foreach (var (indent, text) in Lines(service))
        {
            if (indent == 4)
            {
                inBlock = text == key + ":";
                continue;
            }
            if (inBlock && indent == 6)
                yield return text;
        }
    }

    private List<(int Indent, string Text)> Lines(string service) =>
        _services.TryGetValue(service, out var lines)
            ? lines
            : throw new KeyNotFoundException($"docker-compose.yml has no service '{service}'; it has {string.Join(", ", _services.Keys)}.");

    private static string Unquote(string value)
    {
        value = value.Trim();
        return value.Length >= 2 && (value[0] == '"' || value[0] == '\'') && value[^1] == value[0] ? value[1..^1] : value;
    }
}
