using CapConduit.Persistence.Campaigns;
using CapConduit.Telephony.Routing.Strategies;
using static CapConduit.Telephony.Tests.Routing.RoutingTestData;

namespace CapConduit.Telephony.Tests.Routing;

public sealed class PriorityStrategyTests
{
    [Fact]
    public async Task Links_are_ordered_by_priority_then_link_id()
    {
        var ids = OrderedIds(4);
        var lowPriorityFirstId = Link("p2", priority: 2, linkId: ids[0]);
        var topSecondId = Link("p0-b", priority: 0, linkId: ids[2]);
        var topFirstId = Link("p0-a", priority: 0, linkId: ids[1]);
        var middle = Link("p1", priority: 1, linkId: ids[3]);
        var campaign = Campaign(RoutingStrategyKind.Priority, lowPriorityFirstId, topSecondId, topFirstId, middle);

        var ordered = await new PriorityStrategy().OrderAsync(Context(campaign), campaign.Links, CancellationToken.None);

        Assert.Equal(["p0-a", "p0-b", "p1", "p2"], ordered.Select(l => l.ClientIdentifier));
    }
}
