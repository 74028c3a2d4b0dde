using System.Text.Json.Serialization;

namespace CapConduit.Telephony.CallRecords;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(CallRecordMessage))]
internal sealed partial class CallRecordJsonContext : JsonSerializerContext;
