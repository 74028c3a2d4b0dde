using CapConduit.Persistence.Campaigns;
using CapConduit.Telephony.Caps;
using CapConduit.Telephony.Routing;
using CapConduit.Telephony.Routing.Strategies;
using CapConduit.Telephony.Tests.Caps;
using CapConduit.Testing;
using static CapConduit.Telephony.Tests.Routing.RoutingTestData;

namespace CapConduit.Telephony.Tests.Routing;

public sealed class RouterLiveCountsTests(RedisFixture redis) : IClassFixture<RedisFixture>
{
    [Fact]
    public async Task Planning_with_live_counts_skips_a_full_link_and_takes_no_slot()
    {
        var store = CapsTestStores.Store(redis.Connection, RedisFixture.NewKeyPrefix());
        var full = Link("full", maxConcurrency: 1);
        var open = Link("open", priority: 1, maxConcurrency: 1);
        var snapshot = Snapshot(Did("+1555", Campaign(RoutingStrategyKind.Priority, full, open)));
        Assert.True((await store.TryAcquireAsync(full.ToSlotRequest("ongoing"), CancellationToken.None)).Granted);
        var router = new Router([new PriorityStrategy()]);

        var live = await store.ReadLiveCountsAsync(snapshot.Dids.Single().ActiveCampaign!.Links.Select(l => l.LinkId), CancellationToken.None);
        var plan = await router.PlanAsync(snapshot, "1555", new RoutePlanOptions(live, Preview: true), CancellationToken.None);

        Assert.Equal([open], plan.Links);
        Assert.Equal(new SkippedLink(full, SkipReason.ConcurrencyFull), Assert.Single(plan.Skipped));
        var after = await store.ReadLiveCountsAsync([full.LinkId, open.LinkId], CancellationToken.None);
        Assert.Equal(new LinkLiveCounts(1, 1, 0), after[full.LinkId]);
        Assert.Equal(new LinkLiveCounts(0, 0, null), after[open.LinkId]);
    }
}
