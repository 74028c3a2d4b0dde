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
}
