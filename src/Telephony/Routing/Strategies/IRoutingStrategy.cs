using CapConduit.Persistence.Campaigns;
namespace CapConduit.Telephony.Routing.Strategies;

/// <summary>Orders a campaign's eligible links for one call.</summary>
public interface IRoutingStrategy
{
    RoutingStrategyKind Kind { get; }

    ValueTask<IReadOnlyList<RoutingLink>> OrderAsync(
        RoutingContext context, IReadOnlyList<RoutingLink> eligible, CancellationToken cancellationToken);
}
