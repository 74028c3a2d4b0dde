using System.Text.Json.Serialization;

namespace CapConduit.Telephony.LiveEvents;

/// <summary>Source-generated JSON for the live event wire format (camelCase, enums as their wire names).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(LiveEvent))]
[JsonSerializable(typeof(LiveCall))]
internal sealed partial class LiveEventJsonContext : JsonSerializerContext;
