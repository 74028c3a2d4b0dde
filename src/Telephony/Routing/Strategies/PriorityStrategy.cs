using CapConduit.Persistence.Campaigns;
namespace CapConduit.Telephony.Routing.Strategies;

/// <summary>PRIORITY: priority ascending, then link id.</summary>
public sealed class PriorityStrategy : IRoutingStrategy
{
    public RoutingStrategyKind Kind => RoutingStrategyKind.Priority;

    public ValueTask<IReadOnlyList<RoutingLink>> OrderAsync(
        RoutingContext context, IReadOnlyList<RoutingLink> eligible, CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<RoutingLink>>(PriorityTiers.Of(eligible).SelectMany(t => t).ToArray());
}
