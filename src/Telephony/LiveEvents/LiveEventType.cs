using System.Text.Json.Serialization;

namespace CapConduit.Telephony.LiveEvents;

/// <summary>The live call events of PRODUCT §7, with their wire names.</summary>
public enum LiveEventType
{
    [JsonStringEnumMemberName("CALL_STARTED")]
    CallStarted,

    [JsonStringEnumMemberName("CALL_REJECTED")]
    CallRejected,

    [JsonStringEnumMemberName("ATTEMPT_STARTED")]
    AttemptStarted,

    [JsonStringEnumMemberName("ATTEMPT_FAILED")]
    AttemptFailed,

    [JsonStringEnumMemberName("CALL_ANSWERED")]
    CallAnswered,

    [JsonStringEnumMemberName("CALL_ENDED")]
    CallEnded,
}
