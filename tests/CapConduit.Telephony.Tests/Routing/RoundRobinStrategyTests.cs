using CapConduit.Persistence.Campaigns;
using CapConduit.Telephony.Caps;
using CapConduit.Telephony.Routing;
using CapConduit.Telephony.Routing.Strategies;
using CapConduit.Telephony.Tests.Caps;
using CapConduit.Testing;
using StackExchange.Redis;
using static CapConduit.Telephony.Tests.Routing.RoutingTestData;

namespace CapConduit.Telephony.Tests.Routing;

public sealed class RoundRobinStrategyTests(RedisFixture redis) : IClassFixture<RedisFixture>
{
    private readonly string _prefix = RedisFixture.NewKeyPrefix();

    [Fact]
    public async Task The_first_link_of_a_tier_rotates_call_by_call_and_lower_tiers_stay_behind()
    {
        var (campaign, strategy) = Setup(redis.Connection);

        var firsts = new List<string>();
        for (var call = 0; call < 6; call++)
        {
            var ordered = await strategy.OrderAsync(Context(campaign), campaign.Links, CancellationToken.None);
            Assert.Equal("backup", ordered[^1].ClientIdentifier);
            Assert.Equal(4, ordered.Select(l => l.LinkId).Distinct().Count());
            firsts.Add(ordered[0].ClientIdentifier);
        }

        Assert.Equal(["a", "b", "c", "a", "b", "c"], firsts);
    }

    [Fact]
    public async Task Two_instances_sharing_redis_continue_one_rotation()
    {
        await using var secondConnection = await ConnectionMultiplexer.ConnectAsync(redis.ConnectionString);
        var (campaign, first) = Setup(redis.Connection);
        var second = new RoundRobinStrategy(new RoundRobinCursor(secondConnection, CapsTestStores.Options(_prefix)));

        var firsts = new List<string>();
        for (var call = 0; call < 6; call++)
        {
            var instance = call % 2 == 0 ? first : second;
            firsts.Add((await instance.OrderAsync(Context(campaign), campaign.Links, CancellationToken.None))[0].ClientIdentifier);
        }

        Assert.Equal(["a", "b", "c", "a", "b", "c"], firsts);
    }

    [Fact]
    public async Task A_preview_shows_the_next_start_without_advancing_it()
    {
        var (campaign, strategy) = Setup(redis.Connection);
        await strategy.OrderAsync(Context(campaign), campaign.Links, CancellationToken.None);

        var preview1 = await strategy.OrderAsync(Context(campaign, preview: true), campaign.Links, CancellationToken.None);
        var preview2 = await strategy.OrderAsync(Context(campaign, preview: true), campaign.Links, CancellationToken.None);
        var real = await strategy.OrderAsync(Context(campaign), campaign.Links, CancellationToken.None);

        Assert.Equal("b", preview1[0].ClientIdentifier);
        Assert.Equal("b", preview2[0].ClientIdentifier);
        Assert.Equal("b", real[0].ClientIdentifier);
    }

    private (RoutingCampaign Campaign, RoundRobinStrategy Strategy) Setup(IConnectionMultiplexer connection)
    {
        var ids = OrderedIds(4);
        var campaign = Campaign(
            RoutingStrategyKind.RoundRobin,
            Link("backup", priority: 1, linkId: ids[0]),
            Link("c", linkId: ids[3]),
            Link("a", linkId: ids[1]),
            Link("b", linkId: ids[2]));
        return (campaign, new RoundRobinStrategy(new RoundRobinCursor(connection, CapsTestStores.Options(_prefix))));
    }
}
