using Microsoft.Extensions.Logging;

namespace CapConduit.Telephony.Routing;

internal static partial class RoutingLog
{
    [LoggerMessage(EventId = 3200, Message = "Routing snapshot loaded: {DidCount} DIDs, {CampaignCount} active campaigns, {LinkCount} links ({Trigger})")]
    public static partial void SnapshotLoaded(ILogger logger, LogLevel level, int didCount, int campaignCount, int linkCount, string trigger);

    [LoggerMessage(EventId = 3201, Level = LogLevel.Error, Message = "Loading the routing snapshot failed; routing keeps the snapshot loaded at {KeptLoadedAt} and retries in {RetryDelay}")]
    public static partial void SnapshotLoadFailed(ILogger logger, Exception exception, DateTimeOffset keptLoadedAt, TimeSpan retryDelay);

    [LoggerMessage(EventId = 3202, Level = LogLevel.Warning, Message = "Could not subscribe to routing change notices; relying on the periodic refresh every {Interval} and retrying")]
    public static partial void SubscribeFailed(ILogger logger, Exception exception, TimeSpan interval);

    [LoggerMessage(EventId = 3203, Level = LogLevel.Debug, Message = "Routing change notice received ({Reason}); reloading the snapshot")]
    public static partial void NoticeReceived(ILogger logger, string? reason);

    [LoggerMessage(EventId = 3204, Level = LogLevel.Warning, Message = "Could not bring the Redis used counters in line with the database; retried on the next load")]
    public static partial void UsageSyncFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 3205, Level = LogLevel.Information, Message = "Usage reset {ResetId} of link {LinkId} applied to Redis (it had counted {PreviousUsed} before the reset)")]
    public static partial void UsageResetApplied(ILogger logger, Guid resetId, Guid linkId, long previousUsed);
}
