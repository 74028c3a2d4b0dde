using Microsoft.Extensions.Logging;

namespace CapConduit.Telephony.Calls;

internal static partial class CallsLog
{
    [LoggerMessage(EventId = 3500, Level = LogLevel.Information, Message = "Call {CallId} from {Caller} to {Dialed} entered Stasis")]
    public static partial void Started(ILogger logger, string callId, string caller, string dialed);

    [LoggerMessage(EventId = 3501, Level = LogLevel.Information, Message = "Call {CallId} rejected: {Reason} (hangup cause {Cause})")]
    public static partial void Rejected(ILogger logger, string callId, string reason, int cause);

    [LoggerMessage(EventId = 3502, Level = LogLevel.Information, Message = "Call {CallId} dials {Endpoint} as leg {LegId} (attempt {Attempt})")]
    public static partial void Dialing(ILogger logger, string callId, string endpoint, string legId, int attempt);

    [LoggerMessage(EventId = 3503, Level = LogLevel.Information, Message = "Call {CallId} attempt {Attempt} on {Endpoint} ended {Outcome} (cause {Cause})")]
    public static partial void AttemptEnded(ILogger logger, string callId, int attempt, string endpoint, AttemptOutcome outcome, int? cause);

    [LoggerMessage(EventId = 3504, Level = LogLevel.Information, Message = "Call {CallId} answered by {Endpoint}; bridged")]
    public static partial void Answered(ILogger logger, string callId, string endpoint);

    [LoggerMessage(EventId = 3505, Level = LogLevel.Information, Message = "Call {CallId} ended {Disposition} after {Attempts} attempts")]
    public static partial void Ended(ILogger logger, string callId, string disposition, int attempts);

    [LoggerMessage(EventId = 3506, Level = LogLevel.Error, Message = "Call {CallId} failed while handling {EventType}; hanging up, freeing slots and writing the record")]
    public static partial void Failed(ILogger logger, Exception exception, string callId, string eventType);

    [LoggerMessage(EventId = 3507, Level = LogLevel.Warning, Message = "Call {CallId}: {Operation} failed; continuing")]
    public static partial void StepFailed(ILogger logger, Exception exception, string callId, string operation);

    [LoggerMessage(EventId = 3508, Level = LogLevel.Warning, Message = "Call {CallId}: Redis unavailable for caps during {Operation}; no dial without a slot")]
    public static partial void CapsUnavailable(ILogger logger, Exception exception, string callId, string operation);

    [LoggerMessage(EventId = 3509, Level = LogLevel.Warning, Message = "Live event {Type} of call {CallId} not published")]
    public static partial void LiveEventFailed(ILogger logger, Exception exception, LiveEvents.LiveEventType type, string callId);

    [LoggerMessage(EventId = 3510, Level = LogLevel.Information, Message = "Call {CallId}: channel {ChannelId} was found gone while reconciling")]
    public static partial void FoundGone(ILogger logger, string callId, string channelId);

    [LoggerMessage(EventId = 3511, Level = LogLevel.Error, Message = "Call {CallId}: state {From} -> {To} is not allowed")]
    public static partial void BadTransition(ILogger logger, string callId, CallState from, CallState to);
}
