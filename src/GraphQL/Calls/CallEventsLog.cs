namespace CapConduit.Api.Calls;

internal static partial class CallEventsLog
{
    [LoggerMessage(EventId = 4300, Level = LogLevel.Information, Message = "Live event hub subscribed to Redis")]
    public static partial void HubSubscribed(ILogger logger);

    [LoggerMessage(EventId = 4301, Level = LogLevel.Warning, Message = "A call event subscriber fell {Capacity} events behind and was ended")]
    public static partial void SubscriberOverflowed(ILogger logger, int capacity);

    [LoggerMessage(EventId = 4302, Level = LogLevel.Error, Message = "Live event hub stopped reading Redis; resubscribing")]
    public static partial void HubPumpFailed(ILogger logger, Exception exception);
}
