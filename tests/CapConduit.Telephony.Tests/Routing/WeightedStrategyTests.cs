using CapConduit.Persistence.Campaigns;
using CapConduit.Telephony.Routing.Strategies;
using static CapConduit.Telephony.Tests.Routing.RoutingTestData;

namespace CapConduit.Telephony.Tests.Routing;

public sealed class WeightedStrategyTests
{
    private const int Plans = 10_000;

    [Theory]
    [InlineData(new[] { 70, 30 })]
    [InlineData(new[] { 50, 30, 20 })]
    [InlineData(new[] { 1, 1, 1, 997 })]
    public async Task First_choice_share_follows_the_weights(int[] weights)
    {
        var links = weights.Select((w, i) => Link($"link-{i}", weight: w)).ToArray();
        var campaign = Campaign(RoutingStrategyKind.Weighted, links);
        var strategy = new WeightedStrategy(new Random(20261123));

        var firstCounts = new int[weights.Length];
        for (var plan = 0; plan < Plans; plan++)
        {
            var ordered = await strategy.OrderAsync(Context(campaign), campaign.Links, CancellationToken.None);
            Assert.Equal(links.Length, ordered.Distinct().Count());
            firstCounts[Array.IndexOf(links, ordered[0])]++;
        }

        var total = weights.Sum();
        for (var i = 0; i < weights.Length; i++)
        {
            var expected = 100.0 * weights[i] / total;
            var actual = 100.0 * firstCounts[i] / Plans;
            Assert.InRange(actual, expected - 3, expected + 3);
        }
    }

    [Fact]
    public async Task Second_place_follows_the_remaining_weights()
    {
        // With 50/30/20, when the 50 goes first the 30 is second with probability 30/50 = 60 %.
        var heavy = Link("heavy", weight: 50);
        var middle = Link("middle", weight: 30);
        var light = Link("light", weight: 20);
        var campaign = Campaign(RoutingStrategyKind.Weighted, heavy, middle, light);
        var strategy = new WeightedStrategy(new Random(7));

        int heavyFirst = 0, middleSecond = 0;
        for (var plan = 0; plan < Plans; plan++)
        {
            var ordered = await strategy.OrderAsync(Context(campaign), campaign.Links, CancellationToken.None);
            if (ordered[0] != heavy)
                continue;
            heavyFirst++;
            if (ordered[1] == middle)
                middleSecond++;
        }

        Assert.InRange(100.0 * middleSecond / heavyFirst, 57, 63);
    }

    [Fact]
    public async Task Priority_tiers_are_kept_whatever_the_weights()
    {
        var backup = Link("backup", priority: 1, weight: 1000);
        var main1 = Link("main1", weight: 1);
        var main2 = Link("main2", weight: 1);
        var campaign = Campaign(RoutingStrategyKind.Weighted, backup, main1, main2);
        var strategy = new WeightedStrategy(new Random(1));

        for (var plan = 0; plan < 200; plan++)
        {
            var ordered = await strategy.OrderAsync(Context(campaign), campaign.Links, CancellationToken.None);
            Assert.Equal(backup, ordered[^1]);
        }
    }
}
