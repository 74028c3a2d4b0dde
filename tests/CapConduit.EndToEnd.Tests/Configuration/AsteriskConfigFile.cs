namespace CapConduit.EndToEnd.Tests.Configuration;

/// <summary>
/// Just enough of Asterisk's config file format to check CapConduit's files: <c>[section]</c>,
/// <c>[section](!)</c> and <c>[section](template,...)</c>, <c>key = value</c>, <c>key => value</c>
/// (dialplan <c>exten =></c>, <c>same =></c>) and <c>;</c> comments (<c>\;</c> is a literal semicolon).
/// Entries before the first section belong to a section named "".
/// </summary>
internal sealed class AsteriskConfigFile
{
    private AsteriskConfigFile(string path, IReadOnlyList<AsteriskConfigSection> sections)
    {
        Path = path;
        Sections = sections;
    }

    public string Path { get; }

    /// <summary>In file order; a name may repeat (pjsip.conf: one endpoint, aor and identify may share it).</summary>
    public IReadOnlyList<AsteriskConfigSection> Sections { get; }

    public static AsteriskConfigFile Load(string path)
    {
        var sections = new List<AsteriskConfigSection>();
        var current = new AsteriskConfigSection("", [], false, 0);
        sections.Add(current);
        var lineNumber = 0;
        foreach (var rawLine in File.ReadLines(path))
        {
            lineNumber++;
            var line = StripComment(rawLine).Trim();
            if (line.Length == 0)
                continue;
            if (line[0] == '[')
            {
                current = ParseHeader(line, path, lineNumber);
                sections.Add(current);
                continue;
            }
            var equals = line.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
                throw new FormatException($"{path}:{lineNumber}: expected 'key = value', found '{rawLine}'.");
            var arrow = equals + 1 < line.Length && line[equals + 1] == '>';
            var key = line[..equals].Trim();
            var value = line[(equals + (arrow ? 2 : 1))..].Trim();
            current.Entries.Add(new AsteriskConfigEntry(key, value, arrow, lineNumber));
        }
        return new AsteriskConfigFile(path, sections);
    }

    public IEnumerable<AsteriskConfigSection> Named(string name) =>
        Sections.Where(s => string.Equals(s.Name, name, StringComparison.Ordinal));

    /// <summary>Concrete (non-template) sections whose <c>type</c> option, own or inherited, is <paramref name="type"/>.</summary>
    public IEnumerable<AsteriskConfigSection> OfType(string type) =>
        Sections.Where(s => !s.IsTemplate && string.Equals(Value(s, "type"), type, StringComparison.Ordinal));

    /// <summary>The last value of <paramref name="key"/> in the section, falling back to its templates.</summary>
    public string? Value(AsteriskConfigSection section, string key) => Values(section, key).LastOrDefault();

    /// <summary>Every value of <paramref name="key"/>: the templates' first (in the order named), then the section's own.</summary>
    public IEnumerable<string> Values(AsteriskConfigSection section, string key)
    {
        foreach (var templateName in section.Templates)
        {
            var template = Sections.LastOrDefault(s => s.IsTemplate && s.Name == templateName && s.Line < section.Line)
                ?? throw new FormatException($"{Path}:{section.Line}: template '{templateName}' of [{section.Name}] is not defined above it.");
            foreach (var value in Values(template, key))
                yield return value;
        }
        foreach (var entry in section.Entries.Where(e => string.Equals(e.Key, key, StringComparison.OrdinalIgnoreCase)))
            yield return entry.Value;
    }

    private static AsteriskConfigSection ParseHeader(string line, string path, int lineNumber)
    {
        var close = line.IndexOf(']', StringComparison.Ordinal);
        if (close < 0)
            throw new FormatException($"{path}:{lineNumber}: section header without ']'.");
        var name = line[1..close].Trim();
        var rest = line[(close + 1)..].Trim();
        var isTemplate = false;
        var templates = new List<string>();
        if (rest.Length > 0)
        {
            if (rest[0] != '(' || rest[^1] != ')')
                throw new FormatException($"{path}:{lineNumber}: unexpected text after the section name: '{rest}'.");
            foreach (var option in rest[1..^1].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (option == "!")
                    isTemplate = true;
                else if (option != "+")
                    templates.Add(option);
            }
        }
        return new AsteriskConfigSection(name, templates, isTemplate, lineNumber);
    }

    private static string StripComment(string line)
    {
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == ';' && (i == 0 || line[i - 1] != '\\'))
                return line[..i];
        }
        return line;
    }
}

internal sealed record AsteriskConfigSection(string Name, IReadOnlyList<string> Templates, bool IsTemplate, int Line)
{
    public List<AsteriskConfigEntry> Entries { get; } = [];
}

/// <param name="IsArrow">Written with <c>=></c> rather than <c>=</c>.</param>
internal sealed record AsteriskConfigEntry(string Key, string Value, bool IsArrow, int Line);
