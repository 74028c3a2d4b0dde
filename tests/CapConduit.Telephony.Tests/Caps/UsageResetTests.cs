using CapConduit.Testing;

namespace CapConduit.Telephony.Tests.Caps;

public sealed class UsageResetTests(RedisFixture redis) : IClassFixture<RedisFixture>
{
    [Fact]
    public async Task A_reset_subtracts_what_it_cleared_once_however_often_it_is_applied()
    {
        var store = CapsTestStores.Store(redis.Connection, RedisFixture.NewKeyPrefix());
        var link = Guid.NewGuid();
        var reset = Guid.NewGuid();
        await store.SetTotalUsedAsync(link, 7, CancellationToken.None);

        var first = await store.ApplyUsageResetAsync(link, reset, 5, CancellationToken.None);
        var second = await store.ApplyUsageResetAsync(link, reset, 5, CancellationToken.None);

        Assert.True(first);
        Assert.False(second);
        Assert.Equal(2, (await store.ReadLiveCountsAsync([link], CancellationToken.None))[link].TotalUsed);
    }

    [Fact]
    public async Task A_reset_never_takes_the_counter_below_zero_and_leaves_a_missing_counter_missing()
    {
        var store = CapsTestStores.Store(redis.Connection, RedisFixture.NewKeyPrefix());
        var counted = Guid.NewGuid();
        var uncounted = Guid.NewGuid();
        await store.SetTotalUsedAsync(counted, 3, CancellationToken.None);

        Assert.True(await store.ApplyUsageResetAsync(counted, Guid.NewGuid(), 10, CancellationToken.None));
        Assert.True(await store.ApplyUsageResetAsync(uncounted, Guid.NewGuid(), 10, CancellationToken.None));

        var counts = await store.ReadLiveCountsAsync([counted, uncounted], CancellationToken.None);
        Assert.Equal(0, counts[counted].TotalUsed);
        Assert.Null(counts[uncounted].TotalUsed);
    }

    [Fact]
    public async Task Two_different_resets_of_a_link_are_both_applied()
    {
        var store = CapsTestStores.Store(redis.Connection, RedisFixture.NewKeyPrefix());
        var link = Guid.NewGuid();
        await store.SetTotalUsedAsync(link, 10, CancellationToken.None);

        await store.ApplyUsageResetAsync(link, Guid.NewGuid(), 4, CancellationToken.None);
        await store.ApplyUsageResetAsync(link, Guid.NewGuid(), 3, CancellationToken.None);

        Assert.Equal(3, (await store.ReadLiveCountsAsync([link], CancellationToken.None))[link].TotalUsed);
    }
}
