namespace CapConduit.Telephony.Routing.Strategies;

/// <summary>Groups links into priority tiers, lowest priority value first; inside a tier by link id (a stable base order).</summary>
internal static class PriorityTiers
{
    public static IEnumerable<IGrouping<int, RoutingLink>> Of(IEnumerable<RoutingLink> links) =>
        links.OrderBy(l => l.Priority).ThenBy(l => l.LinkId).GroupBy(l => l.Priority);
}
