using Microsoft.Extensions.Logging;

namespace CapConduit.Telephony.Stasis;

internal static partial class CallDrainLog
{
    [LoggerMessage(EventId = 3720, Level = LogLevel.Information, Message = "Shutting down: new calls are refused; waiting for {LiveCalls} live calls to end (Telephony:ShutdownDeadline = {Deadline})")]
    public static partial void Draining(ILogger logger, int liveCalls, TimeSpan deadline);

    [LoggerMessage(EventId = 3721, Level = LogLevel.Warning, Message = "Call {CallId} refused: this instance is shutting down")]
    public static partial void RefusedWhileDraining(ILogger logger, string callId);

    [LoggerMessage(EventId = 3722, Level = LogLevel.Warning, Message = "Shutdown deadline reached with {LiveCalls} calls still live; ending them")]
    public static partial void DeadlineReached(ILogger logger, int liveCalls);

    [LoggerMessage(EventId = 3723, Level = LogLevel.Error, Message = "{LiveCalls} calls did not end within Telephony:FlushTimeout after the shutdown deadline; the next instance's reconciler cleans them up")]
    public static partial void CallsLeft(ILogger logger, int liveCalls);

    [LoggerMessage(EventId = 3724, Level = LogLevel.Information, Message = "Every call record reached PostgreSQL before shutdown")]
    public static partial void Flushed(ILogger logger);

    [LoggerMessage(EventId = 3725, Level = LogLevel.Warning, Message = "Shutdown before every call record reached PostgreSQL: {InMemory} waiting in memory, {InStream} in stream '{Stream}' (-1 = Redis did not answer); the stream's entries are written by the next writer")]
    public static partial void FlushIncomplete(ILogger logger, int inMemory, long inStream, string stream);
}
