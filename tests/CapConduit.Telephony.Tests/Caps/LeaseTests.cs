using System.Diagnostics;
using CapConduit.Telephony.Caps;
using CapConduit.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace CapConduit.Telephony.Tests.Caps;

public sealed class LeaseTests(RedisFixture redis) : IClassFixture<RedisFixture>
{
    private readonly string _prefix = RedisFixture.NewKeyPrefix();

    [Fact]
    public async Task An_expired_lease_frees_its_slot()
    {
        var store = CapsTestStores.Store(redis.Connection, _prefix, leaseTtl: TimeSpan.FromSeconds(1));
        var link = Guid.NewGuid();
        await store.ReadLiveCountsAsync([link], CancellationToken.None); // warm the path so the TTL is not spent on JIT
        Assert.True((await store.TryAcquireAsync(CapsTestStores.Request(link, "crashed", 1), CancellationToken.None)).Granted);
        Assert.False((await store.TryAcquireAsync(CapsTestStores.Request(link, "next", 1), CancellationToken.None)).Granted);

        await Eventually.TrueAsync(
            async () => (await store.TryAcquireAsync(CapsTestStores.Request(link, "next", 1), CancellationToken.None)).Granted,
            "the unrenewed lease expires and frees the only slot");
    }

    [Fact]
    public async Task The_renewer_keeps_a_live_call_s_slot_past_its_ttl()
    {
        // Generous margins: a cold test process on two shared cores can take hundreds of ms for a first round.
        var ttl = TimeSpan.FromSeconds(4);
        var interval = TimeSpan.FromMilliseconds(200);
        var options = CapsTestStores.Options(_prefix, ttl, interval);
        var store = CapsTestStores.Store(redis.Connection, _prefix, ttl, interval);
        var link = Guid.NewGuid();
        Assert.True((await store.TryAcquireAsync(CapsTestStores.Request(link, "live", 1), CancellationToken.None)).Granted);
        await store.RenewHeldLeasesAsync(CancellationToken.None); // warm the path (JIT, script cache)
        using var renewer = new LeaseRenewer(store, options, TimeProvider.System, NullLogger<LeaseRenewer>.Instance);
        await renewer.StartAsync(CancellationToken.None);
        var held = Stopwatch.StartNew();

        await Eventually.TrueAsync(async () =>
        {
            var counts = await store.ReadLiveCountsAsync([link], CancellationToken.None);
            Assert.Equal(1, counts[link].Live);
            return held.Elapsed > ttl * 2 && renewer.CompletedRounds >= 5;
        }, "the lease is still live after two TTLs of renewal", TimeSpan.FromSeconds(30));

        await renewer.StopAsync(CancellationToken.None);
        Assert.Single(store.HeldLeases);
    }

    [Fact]
    public async Task The_renewer_tells_when_a_call_s_lease_was_lost()
    {
        var interval = TimeSpan.FromMilliseconds(100);
        var store = CapsTestStores.Store(redis.Connection, _prefix, TimeSpan.FromSeconds(5), interval);
        var link = Guid.NewGuid();
        var lease = (await store.TryAcquireAsync(CapsTestStores.Request(link, "call", 1), CancellationToken.None)).Lease!;
        using var renewer = new LeaseRenewer(store, CapsTestStores.Options(_prefix, TimeSpan.FromSeconds(5), interval), TimeProvider.System, NullLogger<LeaseRenewer>.Instance);
        var lost = new System.Collections.Concurrent.ConcurrentQueue<SlotLease>();
        renewer.LeasesLost += leases => { foreach (var l in leases) lost.Enqueue(l); };
        await renewer.StartAsync(CancellationToken.None);

        await CapsTestStores.Store(redis.Connection, _prefix).ReleaseAsync(lease, CancellationToken.None);

        await Eventually.TrueAsync(() => lost.Contains(lease), "the next round finds the lease gone");
        await renewer.StopAsync(CancellationToken.None);
        Assert.Empty(store.HeldLeases);
    }

    [Fact]
    public async Task Renewing_reports_a_lease_released_elsewhere_as_lost()
    {
        var store = CapsTestStores.Store(redis.Connection, _prefix);
        var other = CapsTestStores.Store(redis.Connection, _prefix);
        var link = Guid.NewGuid();
        var kept = (await store.TryAcquireAsync(CapsTestStores.Request(link, "kept", 5), CancellationToken.None)).Lease!;
        var gone = (await store.TryAcquireAsync(CapsTestStores.Request(link, "gone", 5), CancellationToken.None)).Lease!;
        await other.ReleaseAsync(gone, CancellationToken.None);

        var lost = await store.RenewHeldLeasesAsync(CancellationToken.None);

        Assert.Equal([gone], lost);
        Assert.Equal([kept], store.HeldLeases);
    }

    [Fact]
    public async Task Releasing_twice_is_harmless()
    {
        var store = CapsTestStores.Store(redis.Connection, _prefix);
        var link = Guid.NewGuid();
        var lease = (await store.TryAcquireAsync(CapsTestStores.Request(link, "call", 2), CancellationToken.None)).Lease!;
        await store.TryAcquireAsync(CapsTestStores.Request(link, "other", 2), CancellationToken.None);

        Assert.True(await store.ReleaseAsync(lease, CancellationToken.None));
        Assert.False(await store.ReleaseAsync(lease, CancellationToken.None));

        var counts = await store.ReadLiveCountsAsync([link], CancellationToken.None);
        Assert.Equal(1, counts[link].Live);
    }
}
