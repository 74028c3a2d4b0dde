using Microsoft.Extensions.Logging;

namespace CapConduit.Telephony.CallRecords;

internal static partial class CallRecordsLog
{
    [LoggerMessage(EventId = 3600, Level = LogLevel.Debug, Message = "Call record of {ChannelId} ({Disposition}) enqueued")]
    public static partial void Enqueued(ILogger logger, string channelId, string disposition);

    [LoggerMessage(EventId = 3601, Level = LogLevel.Warning, Message = "Call record of {ChannelId} could not be enqueued (ConnectionStrings:Redis = '{Configuration}'); kept in memory for retry")]
    public static partial void EnqueueFailed(ILogger logger, Exception exception, string channelId, string configuration);

    [LoggerMessage(EventId = 3602, Level = LogLevel.Warning, Message = "Call record of {ChannelId} waits in memory for Redis ({Waiting} waiting)")]
    public static partial void KeptInMemory(ILogger logger, string channelId, int waiting);

    [LoggerMessage(EventId = 3603, Level = LogLevel.Error, Message = "Call record of {ChannelId} LOST: the in-memory retry queue is full (CallRecords:RetryQueueCapacity = {Capacity})")]
    public static partial void RetryQueueFull(ILogger logger, string channelId, int capacity);

    [LoggerMessage(EventId = 3604, Level = LogLevel.Error, Message = "{Count} call records still waited for Redis at shutdown and are lost")]
    public static partial void LostAtShutdown(ILogger logger, int count);

    [LoggerMessage(EventId = 3610, Level = LogLevel.Information, Message = "Wrote {Inserted} new call records of a batch of {Count} (others were already written)")]
    public static partial void BatchWritten(ILogger logger, int count, int inserted);

    [LoggerMessage(EventId = 3611, Level = LogLevel.Warning, Message = "Writing a batch of {Count} call records failed; retrying in {Delay}")]
    public static partial void BatchFailed(ILogger logger, Exception exception, int count, TimeSpan delay);

    [LoggerMessage(EventId = 3612, Level = LogLevel.Error, Message = "Queue entry {EntryId} is not a call record; acknowledged and dropped")]
    public static partial void Malformed(ILogger logger, Exception? exception, string entryId);

    [LoggerMessage(EventId = 3613, Level = LogLevel.Warning, Message = "Reading the call record stream failed; retrying in {Delay}")]
    public static partial void ReadFailed(ILogger logger, Exception exception, TimeSpan delay);

    [LoggerMessage(EventId = 3614, Level = LogLevel.Warning, Message = "PostgreSQL refused a batch of {Count} call records; writing them one by one")]
    public static partial void BatchRefused(ILogger logger, Exception exception, int count);

    [LoggerMessage(EventId = 3615, Level = LogLevel.Error, Message = "PostgreSQL refused the call record of {ChannelId}; parked in the ':refused' stream")]
    public static partial void Parked(ILogger logger, Exception exception, string channelId);
}
