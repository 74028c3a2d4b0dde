using System.Text.Json;
using System.Text.RegularExpressions;

namespace CapConduit.Telephony.Tests.Ari;

/// <summary>The ARI 22 swagger files (shared/asterisk-ari-22): operations and models.</summary>
public sealed class AriSwagger
{
    private AriSwagger(List<Operation> operations, Dictionary<string, JsonElement> models, Dictionary<string, string> parents)
    {
        Operations = operations;
        Models = models;
        Parents = parents;
    }

    public IReadOnlyList<Operation> Operations { get; }
    public IReadOnlyDictionary<string, JsonElement> Models { get; }

    /// <summary>Model → the model whose subTypes list it (Dial → Event → Message).</summary>
    public IReadOnlyDictionary<string, string> Parents { get; }

    public static AriSwagger Load()
    {
        var operations = new List<Operation>();
        var models = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(SharedFolder.Swagger, "*.json"))
        {
            var root = JsonDocument.Parse(File.ReadAllText(file)).RootElement;
            if (root.TryGetProperty("apis", out var apis))
            {
                // resources.json lists the files; only resource files have operations.
                foreach (var api in apis.EnumerateArray().Where(a => a.TryGetProperty("operations", out _)))
                {
                    var path = api.GetProperty("path").GetString()!;
                    foreach (var op in api.GetProperty("operations").EnumerateArray())
                        operations.Add(Operation.From(path, op));
                }
            }

            if (root.TryGetProperty("models", out var fileModels))
            {
                foreach (var model in fileModels.EnumerateObject())
                    models[model.Name] = model.Value;
            }
        }

        var parents = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, model) in models)
        {
            if (model.TryGetProperty("subTypes", out var subTypes))
            {
                foreach (var sub in subTypes.EnumerateArray())
                    parents[sub.GetString()!] = name;
            }
        }

        return new AriSwagger(operations, models, parents);
    }

    /// <summary>The operation for a request path (without /ari), preferring literal segments over {ids}.</summary>
    public Operation? Find(string method, string path) =>
        Operations.Where(o => o.Method == method && o.Pattern.IsMatch(path))
            .OrderBy(o => o.Path.Count(c => c == '{'))
            .FirstOrDefault();

    public sealed record Parameter(string Name, string Kind, bool Required);

    public sealed record Operation(string Method, string Path, Regex Pattern, IReadOnlyList<Parameter> Parameters)
    {
        public static Operation From(string path, JsonElement op)
        {
            var pattern = new Regex("^" + Regex.Replace(Regex.Escape(path).Replace("\\{", "{", StringComparison.Ordinal),
                "{[^}]+}", "[^/]+") + "$", RegexOptions.CultureInvariant);
            var parameters = op.TryGetProperty("parameters", out var ps)
                ? ps.EnumerateArray().Select(p => new Parameter(p.GetProperty("name").GetString()!,
                    p.GetProperty("paramType").GetString()!,
                    p.TryGetProperty("required", out var r) && r.GetBoolean())).ToList()
                : [];
            return new Operation(op.GetProperty("httpMethod").GetString()!, path, pattern, parameters);
        }
    }
}
