using Microsoft.Extensions.Logging;

namespace CapConduit.Telephony.Caps;

internal static partial class CapsLog
{
    [LoggerMessage(EventId = 3100, Level = LogLevel.Debug, Message = "Slot on link {LinkId} granted to call {CallId}")]
    public static partial void SlotGranted(ILogger logger, Guid linkId, string callId);

    [LoggerMessage(EventId = 3101, Level = LogLevel.Debug, Message = "Slot on link {LinkId} refused to call {CallId}: {Refusal}")]
    public static partial void SlotRefused(ILogger logger, Guid linkId, string callId, SlotRefusal refusal);

    [LoggerMessage(EventId = 3102, Level = LogLevel.Warning, Message = "Lease of call {CallId} on link {LinkId} was gone when renewed; its slot is lost")]
    public static partial void LeaseLost(ILogger logger, Guid linkId, string callId);

    [LoggerMessage(EventId = 3103, Level = LogLevel.Warning, Message = "Redis unreachable during {Operation} (configuration '{Configuration}')")]
    public static partial void RedisUnavailable(ILogger logger, Exception exception, string operation, string configuration);

    [LoggerMessage(EventId = 3104, Level = LogLevel.Information, Message = "Answer of call {CallId} counted on link {LinkId}; link total used {TotalUsed}")]
    public static partial void AnswerCounted(ILogger logger, Guid linkId, string callId, long totalUsed);

    [LoggerMessage(EventId = 3105, Level = LogLevel.Warning, Message = "Lease renewal round failed; will retry in {Interval}")]
    public static partial void RenewRoundFailed(ILogger logger, Exception exception, TimeSpan interval);

    [LoggerMessage(EventId = 3106, Level = LogLevel.Information, Message = "Total used of link {LinkId} set to {TotalUsed}")]
    public static partial void TotalUsedSet(ILogger logger, Guid linkId, long totalUsed);
}
