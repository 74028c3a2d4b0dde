using Microsoft.Extensions.Logging;

namespace CapConduit.Telephony.LiveEvents;

internal static partial class LiveEventsLog
{
    [LoggerMessage(EventId = 3300, Level = LogLevel.Warning, Message = "Live event {Type} of call {CallId} not published: Redis unavailable")]
    public static partial void PublishFailed(ILogger logger, Exception exception, LiveEventType type, string callId);

    [LoggerMessage(EventId = 3301, Level = LogLevel.Warning, Message = "Ignored a malformed live event on channel {Channel}")]
    public static partial void MalformedEvent(ILogger logger, Exception exception, string channel);

    [LoggerMessage(EventId = 3302, Level = LogLevel.Information, Message = "Dropped {Count} stale live call board entries")]
    public static partial void StaleLiveCallsDropped(ILogger logger, int count);
}
