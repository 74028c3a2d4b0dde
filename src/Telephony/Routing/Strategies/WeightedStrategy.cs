using CapConduit.Persistence.Campaigns;
namespace CapConduit.Telephony.Routing.Strategies;

/// <summary>
/// WEIGHTED: by priority tier; inside a tier a random order in which each link comes first with
/// probability weight / (sum of the tier's weights), and so on for the remaining links
/// (weighted sampling without replacement).
/// </summary>
public sealed class WeightedStrategy : IRoutingStrategy
{
    private readonly Random _random;
    private readonly Lock _gate = new();

    /// <param name="random">The random source; tests pass a seeded one. <see cref="Random"/> is not thread-safe, so draws are serialized.</param>
    public WeightedStrategy(Random random) => _random = random;

    public RoutingStrategyKind Kind => RoutingStrategyKind.Weighted;

    public ValueTask<IReadOnlyList<RoutingLink>> OrderAsync(
        RoutingContext context, IReadOnlyList<RoutingLink> eligible, CancellationToken cancellationToken)
    {
        var ordered = new List<RoutingLink>(eligible.Count);
        foreach (var tier in PriorityTiers.Of(eligible))
            ordered.AddRange(Shuffle(tier.ToList()));
        return ValueTask.FromResult<IReadOnlyList<RoutingLink>>(ordered);
    }

    private IEnumerable<RoutingLink> Shuffle(List<RoutingLink> remaining)
    {
        var result = new List<RoutingLink>(remaining.Count);
        long total = remaining.Sum(l => (long)Math.Max(l.Weight, 1));
        lock (_gate)
        {
            while (remaining.Count > 0)
            {
                var draw = _random.NextInt64(total);
                var index = 0;
                for (; index < remaining.Count - 1; index++)
                {
                    draw -= Math.Max(remaining[index].Weight, 1);
                    if (draw < 0)
                        break;
                }
                var chosen = remaining[index];
                result.Add(chosen);
                total -= Math.Max(chosen.Weight, 1);
                remaining.RemoveAt(index);
            }
        }
        return result;
    }
}
