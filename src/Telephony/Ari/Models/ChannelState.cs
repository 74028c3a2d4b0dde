using System.Text.Json.Serialization;

namespace CapConduit.Telephony.Ari.Models;

/// <summary>Channel.state values from channels.json (Asterisk's ast_state2str).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ChannelState>))]
public enum ChannelState
{
    Down,
    Rsrved,
    OffHook,
    Dialing,
    Ring,
    Ringing,
    Up,
    Busy,
    [JsonStringEnumMemberName("Dialing Offhook")]
    DialingOffhook,
    [JsonStringEnumMemberName("Pre-ring")]
    PreRing,
    Unknown,
}
