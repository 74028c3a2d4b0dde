using System.Data.Common;
using CapConduit.Persistence;
using CapConduit.Telephony.Routing;
using CapConduit.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using static CapConduit.Telephony.Tests.Routing.SnapshotLoading.SnapshotTestServices;

namespace CapConduit.Telephony.Tests.Routing.SnapshotLoading;

/// <summary>10,000 extra DIDs in Bob's weighted campaign: the loader still reads them set-based, one query per table group.</summary>
public sealed class SnapshotLoaderScaleTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>, IAsyncLifetime
{
    private const int ExtraDids = 10_000;

    public async Task InitializeAsync()
    {
        await SeedAsync(postgres.ConnectionString);
        await using var db = postgres.CreateDbContext();
        await db.Database.ExecuteSqlRawAsync($"""
            INSERT INTO dids (id, number, owner_id, status, created_at, updated_at)
            SELECT gen_random_uuid(), '+1555' || lpad(g::text, 7, '0'), (SELECT id FROM users WHERE username = 'seller_bob'),
                   'ACTIVE', now(), now()
            FROM generate_series(1, {ExtraDids}) AS g;
            INSERT INTO campaign_dids (campaign_id, did_id, created_at)
            SELECT (SELECT id FROM campaigns WHERE name = 'Bob Weighted Sales Calls'), id, now() FROM dids WHERE number LIKE '+1555%';
            """);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Ten_thousand_dids_load_in_three_queries_sharing_one_campaign_instance()
    {
        var counter = new QueryCounter();
        var options = new DbContextOptionsBuilder<CapConduitDbContext>(CapConduitDbOptions.Build(postgres.ConnectionString))
            .AddInterceptors(counter).Options;
        var loader = new RoutingSnapshotLoader(new PooledDbContextFactory<CapConduitDbContext>(options), TimeProvider.System);

        var snapshot = await loader.LoadAsync(CancellationToken.None);

        Assert.Equal(3, counter.Count);
        Assert.Equal(ExtraDids + 4, snapshot.Dids.Count);
        Assert.True(snapshot.TryFindDid("15550004321", out var extra));
        Assert.True(snapshot.TryFindDid(BobDid, out var bob));
        Assert.Same(bob.ActiveCampaign, extra.ActiveCampaign);
        Assert.Equal(3, extra.ActiveCampaign!.Links.Count);
    }

    private sealed class QueryCounter : DbCommandInterceptor
    {
        private int _count;

        public int Count => Volatile.Read(ref _count);

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _count);
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }
    }
}
