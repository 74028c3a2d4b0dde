using CapConduit.Telephony.ConfigChanges;

namespace CapConduit.Api.Campaigns;

/// <summary>
/// Tells routing to reload after a committed change to clients, DIDs, campaigns or links. Called only after the
/// commit: a lost notice is covered by routing's periodic refresh, so a Redis failure here is logged, not thrown
/// (the change itself succeeded).
/// </summary>
public sealed partial class RoutingChanges(ConfigChangeBus bus, TimeProvider time, ILogger<RoutingChanges> logger)
{
    public async Task PublishAsync(string reason, CancellationToken cancellationToken)
    {
        try
        {
            await bus.PublishAsync(new ConfigChangeNotice(ConfigChangeNotice.Routing, time.GetUtcNow(), reason), cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            PublishFailed(logger, ex, reason);
        }
    }

    [LoggerMessage(EventId = 5100, Level = LogLevel.Warning, Message = "Could not publish the routing change notice for {Reason}; routing picks it up on its next periodic refresh")]
    private static partial void PublishFailed(ILogger logger, Exception exception, string reason);
}
