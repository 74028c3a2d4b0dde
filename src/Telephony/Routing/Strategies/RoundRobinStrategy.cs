using CapConduit.Persistence.Campaigns;
using CapConduit.Telephony.Caps;

namespace CapConduit.Telephony.Routing.Strategies;

/// <summary>
/// ROUND_ROBIN: by priority tier; inside a tier the first link rotates call by call, using the
/// <see cref="RoundRobinCursor"/> every app instance shares.
/// </summary>
public sealed class RoundRobinStrategy : IRoutingStrategy
{
    private readonly RoundRobinCursor _cursor;

    public RoundRobinStrategy(RoundRobinCursor cursor) => _cursor = cursor;

    public RoutingStrategyKind Kind => RoutingStrategyKind.RoundRobin;

    public async ValueTask<IReadOnlyList<RoutingLink>> OrderAsync(
        RoutingContext context, IReadOnlyList<RoutingLink> eligible, CancellationToken cancellationToken)
    {
        var ordered = new List<RoutingLink>(eligible.Count);
        foreach (var tier in PriorityTiers.Of(eligible))
        {
            var links = tier.ToArray();
            if (links.Length == 1)
            {
                ordered.Add(links[0]);
                continue;
            }
            var position = context.Preview
                ? await _cursor.PeekAsync(context.Campaign.Id, tier.Key, cancellationToken).ConfigureAwait(false)
                : await _cursor.NextAsync(context.Campaign.Id, tier.Key, cancellationToken).ConfigureAwait(false);
            var start = (int)(position % links.Length);
            for (var i = 0; i < links.Length; i++)
                ordered.Add(links[(start + i) % links.Length]);
        }
        return ordered;
    }
}
