using System.Text.Json.Serialization;
using CapConduit.Telephony.Ari.Events;
using CapConduit.Telephony.Ari.Models;

namespace CapConduit.Telephony.Ari;

/// <summary>Source-generated (de)serialization for ARI's snake_case JSON.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters = [typeof(AriTimestampConverter)])]
[JsonSerializable(typeof(Channel))]
[JsonSerializable(typeof(ChannelState))]
[JsonSerializable(typeof(List<Channel>))]
[JsonSerializable(typeof(Bridge))]
[JsonSerializable(typeof(List<Bridge>))]
[JsonSerializable(typeof(Application))]
[JsonSerializable(typeof(AsteriskInfo))]
[JsonSerializable(typeof(Variable))]
[JsonSerializable(typeof(AriErrorBody))]
[JsonSerializable(typeof(StasisStart))]
[JsonSerializable(typeof(StasisEnd))]
[JsonSerializable(typeof(ChannelStateChange))]
[JsonSerializable(typeof(Dial))]
[JsonSerializable(typeof(ChannelHangupRequest))]
[JsonSerializable(typeof(ChannelDestroyed))]
[JsonSerializable(typeof(ChannelEnteredBridge))]
[JsonSerializable(typeof(ChannelLeftBridge))]
[JsonSerializable(typeof(BridgeDestroyed))]
[JsonSerializable(typeof(ChannelVarset))]
[JsonSerializable(typeof(ChannelConnectedLine))]
[JsonSerializable(typeof(ApplicationReplaced))]
public sealed partial class AriJsonContext : JsonSerializerContext;

/// <summary>ARI error replies carry "message" (most) or "error" (originate allocation failure).</summary>
public sealed record AriErrorBody(string? Message, string? Error);
