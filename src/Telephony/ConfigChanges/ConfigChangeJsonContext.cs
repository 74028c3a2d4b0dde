using System.Text.Json.Serialization;

namespace CapConduit.Telephony.ConfigChanges;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(ConfigChangeNotice))]
internal sealed partial class ConfigChangeJsonContext : JsonSerializerContext;
