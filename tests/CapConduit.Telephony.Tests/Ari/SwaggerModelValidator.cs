using System.Text.Json;
using CapConduit.Telephony.Ari;

namespace CapConduit.Telephony.Tests.Ari;

/// <summary>Checks a JSON value against a swagger model: required fields, declared fields, JSON types.</summary>
public sealed class SwaggerModelValidator(AriSwagger swagger)
{
    public void Validate(JsonElement value, string type, string path, List<string> errors)
    {
        switch (type)
        {
            case "string":
                Expect(value.ValueKind == JsonValueKind.String);
                break;
            case "int" or "long":
                Expect(value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _));
                break;
            case "double":
                Expect(value.ValueKind == JsonValueKind.Number);
                break;
            case "boolean":
                Expect(value.ValueKind is JsonValueKind.True or JsonValueKind.False);
                break;
            case "Date":
                Expect(value.ValueKind == JsonValueKind.String && AriTimestampConverter.TryParse(value.GetString()!, out _));
                break;
            case "object":
                Expect(value.ValueKind == JsonValueKind.Object);
                break;
            case var list when list.StartsWith("List[", StringComparison.Ordinal):
                Expect(value.ValueKind == JsonValueKind.Array);
                if (value.ValueKind == JsonValueKind.Array)
                {
                    var item = list[5..^1];
                    var i = 0;
                    foreach (var element in value.EnumerateArray())
                        Validate(element, item, $"{path}[{i++}]", errors);
                }

                break;
            default:
                ValidateModel(value, type, path, errors);
                break;
        }

        void Expect(bool ok)
        {
            if (!ok)
                errors.Add($"{path}: expected {type}, got {value.ValueKind} {value}");
        }
    }

    private void ValidateModel(JsonElement value, string model, string path, List<string> errors)
    {
        if (!swagger.Models.ContainsKey(model))
        {
            errors.Add($"{path}: unknown model {model}");
            return;
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            errors.Add($"{path}: expected a {model} object, got {value.ValueKind}");
            return;
        }

        var declared = new HashSet<string>(StringComparer.Ordinal);
        for (var current = model; current is not null; current = swagger.Parents.GetValueOrDefault(current))
        {
            foreach (var property in swagger.Models[current].GetProperty("properties").EnumerateObject())
            {
                declared.Add(property.Name);
                var required = property.Value.TryGetProperty("required", out var r) && r.ValueKind == JsonValueKind.True;
                if (value.TryGetProperty(property.Name, out var field))
                    Validate(field, property.Value.GetProperty("type").GetString()!, $"{path}.{property.Name}", errors);
                else if (required)
                    errors.Add($"{path}: required {current}.{property.Name} is missing");
            }
        }

        foreach (var field in value.EnumerateObject().Where(f => !declared.Contains(f.Name)))
            errors.Add($"{path}: {field.Name} is not declared in {model}");
    }
}
