using System.Diagnostics;
using CapConduit.Telephony.ConfigChanges;
using CapConduit.Telephony.Routing;
using CapConduit.Telephony.Tests.LiveEvents;
using CapConduit.Testing;
using Microsoft.EntityFrameworkCore;
using static CapConduit.Telephony.Tests.Routing.SnapshotLoading.SnapshotTestServices;

namespace CapConduit.Telephony.Tests.Routing.SnapshotLoading;

public sealed class SnapshotRefresherTests(PostgresFixture postgres, RedisFixture redis)
    : IClassFixture<PostgresFixture>, IClassFixture<RedisFixture>, IAsyncLifetime
{
    public Task InitializeAsync() => SeedAsync(postgres.ConnectionString);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_first_snapshot_is_swapped_in_at_start()
    {
        var holder = new RoutingSnapshotHolder();
        var refresher = Refresher(postgres.ConnectionString, redis.Connection, RedisFixture.NewKeyPrefix(), holder);
        Assert.False(holder.IsLoaded);

        await refresher.StartAsync(CancellationToken.None);
        try
        {
            await holder.FirstLoad.WaitAsync(TimeSpan.FromSeconds(10));
            Assert.True(holder.IsLoaded);
            Assert.True(holder.Current.TryFindDid(BobDid, out _));
        }
        finally
        {
            await refresher.StopAsync(CancellationToken.None);
        }
    }

    [Fact]
    public async Task A_committed_link_change_reaches_routing_within_one_second_of_its_notice()
    {
        var prefix = RedisFixture.NewKeyPrefix();
        var holder = new RoutingSnapshotHolder();
        var refresher = Refresher(postgres.ConnectionString, redis.Connection, prefix, holder);
        await refresher.StartAsync(CancellationToken.None);
        try
        {
            await holder.FirstLoad.WaitAsync(TimeSpan.FromSeconds(10));
            var alpha = LinkOf(holder.Current, BobDid, "client_alpha_sales");
            Assert.Equal(5, alpha.MaxConcurrency);
            await using (var db = postgres.CreateDbContext())
            {
                await db.CampaignClients.Where(l => l.Id == alpha.LinkId)
                    .ExecuteUpdateAsync(s => s.SetProperty(l => l.MaxConcurrency, 9).SetProperty(l => l.Weight, 44));
            }

            await LiveEventTestServices.ConfigChanges(redis.Connection, prefix).PublishAsync(
                new ConfigChangeNotice(ConfigChangeNotice.Routing, DateTimeOffset.UtcNow, "link updated"), CancellationToken.None);

            await Eventually.TrueAsync(
                () => LinkOf(holder.Current, BobDid, "client_alpha_sales") is { MaxConcurrency: 9, Weight: 44 },
                "the changed link is in the routing snapshot within 1 s of the notice", TimeSpan.FromSeconds(1));
        }
        finally
        {
            await refresher.StopAsync(CancellationToken.None);
        }
    }

    [Fact]
    public async Task A_burst_of_reload_requests_is_coalesced_into_at_most_two_loads()
    {
        var holder = new RoutingSnapshotHolder();
        var refresher = Refresher(postgres.ConnectionString, redis.Connection, RedisFixture.NewKeyPrefix(), holder);
        await refresher.StartAsync(CancellationToken.None);
        try
        {
            await holder.FirstLoad.WaitAsync(TimeSpan.FromSeconds(10));
            await Eventually.TrueAsync(() => refresher.CompletedLoads == 1, "the first load is counted");

            for (var i = 0; i < 50; i++)
                refresher.RequestReload($"change {i}");

            await Eventually.TrueAsync(() => refresher.CompletedLoads >= 2, "the burst causes a reload");
            var settled = Stopwatch.StartNew();
            var seen = refresher.CompletedLoads;
            await Eventually.TrueAsync(() =>
            {
                if (refresher.CompletedLoads != seen)
                    (seen, settled) = (refresher.CompletedLoads, Stopwatch.StartNew());
                return settled.Elapsed > TimeSpan.FromMilliseconds(500);
            }, "no further loads for 0.5 s");

            // One load may already run when the burst starts; every other request merges into a single pending one.
            Assert.InRange(refresher.CompletedLoads - 1, 1, 2);
        }
        finally
        {
            await refresher.StopAsync(CancellationToken.None);
        }
    }
}
