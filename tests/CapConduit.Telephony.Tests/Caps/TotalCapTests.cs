using CapConduit.Telephony.Caps;
using CapConduit.Testing;

namespace CapConduit.Telephony.Tests.Caps;

public sealed class TotalCapTests(RedisFixture redis) : IClassFixture<RedisFixture>
{
    private readonly SlotStore _store = CapsTestStores.Store(redis.Connection, RedisFixture.NewKeyPrefix());

    [Fact]
    public async Task Three_hundred_concurrent_answered_calls_count_exactly_the_total_allowed()
    {
        var link = Guid.NewGuid();
        var outcomes = await Task.WhenAll(Enumerable.Range(0, 300).Select(i => Task.Run(async () =>
        {
            var acquired = await _store.TryAcquireAsync(
                CapsTestStores.Request(link, $"call-{i}", maxConcurrency: 1000, totalAllowed: 100), CancellationToken.None);
            if (!acquired.Granted)
                return (Granted: false, Counted: false);
            var count = await _store.MarkAnsweredAsync(acquired.Lease!, CancellationToken.None);
            await _store.ReleaseAsync(acquired.Lease!, CancellationToken.None);
            return (Granted: true, Counted: count.CountedNow);
        })));

        Assert.Equal(100, outcomes.Count(o => o.Granted));
        Assert.Equal(100, outcomes.Count(o => o.Counted));
        var counts = await _store.ReadLiveCountsAsync([link], CancellationToken.None);
        Assert.Equal(new LinkLiveCounts(0, 0, 100), counts[link]);
    }

    [Fact]
    public async Task Calls_in_flight_reserve_the_total_cap_so_it_cannot_be_overshot()
    {
        var link = Guid.NewGuid();
        var leases = new List<SlotLease>();
        for (var i = 0; i < 100; i++)
        {
            var acquired = await _store.TryAcquireAsync(Request(link, $"call-{i}"), CancellationToken.None);
            leases.Add(Assert.IsType<SlotLease>(acquired.Lease));
        }

        var overshoot = await _store.TryAcquireAsync(Request(link, "call-100"), CancellationToken.None);
        Assert.Equal(SlotRefusal.TotalCapUsed, overshoot.Refusal);

        // Answering converts a reservation into a counted call: still no room.
        await _store.MarkAnsweredAsync(leases[0], CancellationToken.None);
        await _store.ReleaseAsync(leases[0], CancellationToken.None);
        Assert.Equal(SlotRefusal.TotalCapUsed, (await _store.TryAcquireAsync(Request(link, "call-101"), CancellationToken.None)).Refusal);

        // Releasing an unanswered reservation gives its place back.
        await _store.ReleaseAsync(leases[1], CancellationToken.None);
        Assert.True((await _store.TryAcquireAsync(Request(link, "call-102"), CancellationToken.None)).Granted);
    }

    [Fact]
    public async Task Used_count_is_seeded_from_the_database_and_reset_reopens_the_link()
    {
        var link = Guid.NewGuid();
        var refused = await _store.TryAcquireAsync(
            CapsTestStores.Request(link, "a", maxConcurrency: 5, totalAllowed: 10, totalUsed: 10), CancellationToken.None);
        Assert.Equal(SlotRefusal.TotalCapUsed, refused.Refusal);

        await _store.ResetTotalUsedAsync(link, CancellationToken.None);

        // Redis now holds the counter, so the stale database value in the request no longer applies.
        var granted = await _store.TryAcquireAsync(
            CapsTestStores.Request(link, "a", maxConcurrency: 5, totalAllowed: 10, totalUsed: 10), CancellationToken.None);
        Assert.True(granted.Granted);
    }

    [Fact]
    public async Task Marking_a_call_answered_twice_counts_it_once()
    {
        var link = Guid.NewGuid();
        var lease = (await _store.TryAcquireAsync(Request(link, "call"), CancellationToken.None)).Lease!;

        var first = await _store.MarkAnsweredAsync(lease, CancellationToken.None);
        var second = await _store.MarkAnsweredAsync(lease, CancellationToken.None);

        Assert.Equal(new AnswerCount(true, 1), first);
        Assert.Equal(new AnswerCount(false, 1), second);
        var counts = await _store.ReadLiveCountsAsync([link], CancellationToken.None);
        Assert.Equal(new LinkLiveCounts(Live: 1, Pending: 0, TotalUsed: 1), counts[link]);
    }

    private static SlotRequest Request(Guid link, string callId) =>
        CapsTestStores.Request(link, callId, maxConcurrency: 1000, totalAllowed: 100);
}
