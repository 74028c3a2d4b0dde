using CapConduit.Telephony.Caps;
using CapConduit.Testing;

namespace CapConduit.Telephony.Tests.Caps;

public sealed class SlotConcurrencyTests(RedisFixture redis) : IClassFixture<RedisFixture>
{
    private readonly SlotStore _store = CapsTestStores.Store(redis.Connection, RedisFixture.NewKeyPrefix());

    [Fact]
    public async Task Five_hundred_concurrent_acquires_grant_exactly_max_concurrency()
    {
        var link = Guid.NewGuid();
        var results = await Task.WhenAll(Enumerable.Range(0, 500).Select(i =>
            Task.Run(() => _store.TryAcquireAsync(CapsTestStores.Request(link, $"call-{i}", maxConcurrency: 5), CancellationToken.None))));

        Assert.Equal(5, results.Count(r => r.Granted));
        Assert.All(results.Where(r => !r.Granted), r => Assert.Equal(SlotRefusal.ConcurrencyFull, r.Refusal));
        var counts = await _store.ReadLiveCountsAsync([link], CancellationToken.None);
        Assert.Equal(5, counts[link].Live);
    }

    [Fact]
    public async Task Releasing_a_slot_lets_the_next_call_in()
    {
        var link = Guid.NewGuid();
        var first = await _store.TryAcquireAsync(CapsTestStores.Request(link, "a", maxConcurrency: 1), CancellationToken.None);
        var second = await _store.TryAcquireAsync(CapsTestStores.Request(link, "b", maxConcurrency: 1), CancellationToken.None);
        Assert.True(first.Granted);
        Assert.Equal(SlotRefusal.ConcurrencyFull, second.Refusal);

        await _store.ReleaseAsync(first.Lease!, CancellationToken.None);

        var third = await _store.TryAcquireAsync(CapsTestStores.Request(link, "b", maxConcurrency: 1), CancellationToken.None);
        Assert.True(third.Granted);
    }

    [Fact]
    public async Task Acquiring_again_for_the_same_call_does_not_take_a_second_slot()
    {
        var link = Guid.NewGuid();
        var first = await _store.TryAcquireAsync(CapsTestStores.Request(link, "same", maxConcurrency: 2), CancellationToken.None);
        var again = await _store.TryAcquireAsync(CapsTestStores.Request(link, "same", maxConcurrency: 2), CancellationToken.None);

        Assert.True(first.Granted && again.Granted);
        var counts = await _store.ReadLiveCountsAsync([link], CancellationToken.None);
        Assert.Equal(1, counts[link].Live);
    }
}
