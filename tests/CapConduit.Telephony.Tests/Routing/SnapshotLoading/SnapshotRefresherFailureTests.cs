using CapConduit.Telephony.ConfigChanges;
using CapConduit.Telephony.Routing;
using CapConduit.Telephony.Tests.LiveEvents;
using CapConduit.Testing;
using Npgsql;
using StackExchange.Redis;
using static CapConduit.Telephony.Tests.Routing.SnapshotLoading.SnapshotTestServices;

namespace CapConduit.Telephony.Tests.Routing.SnapshotLoading;

/// <summary>Makes this class's own database refuse connections, as if PostgreSQL were down for routing.</summary>
public sealed class SnapshotRefresherFailureTests(PostgresFixture postgres, RedisFixture redis)
    : IClassFixture<PostgresFixture>, IClassFixture<RedisFixture>, IAsyncLifetime
{
    public Task InitializeAsync() => SeedAsync(postgres.ConnectionString);

    public async Task DisposeAsync() => await SetConnectionsAllowedAsync(true);

    [Fact]
    public async Task A_failed_load_keeps_the_previous_snapshot_and_a_later_load_recovers()
    {
        var prefix = RedisFixture.NewKeyPrefix();
        var holder = new RoutingSnapshotHolder();
        var refresher = Refresher(postgres.ConnectionString, redis.Connection, prefix, holder);
        var bus = LiveEventTestServices.ConfigChanges(redis.Connection, prefix);
        await refresher.StartAsync(CancellationToken.None);
        try
        {
            await holder.FirstLoad.WaitAsync(TimeSpan.FromSeconds(10));
            var loaded = holder.Current;

            await SetConnectionsAllowedAsync(false);
            await bus.PublishAsync(new ConfigChangeNotice(ConfigChangeNotice.Routing, DateTimeOffset.UtcNow, "while down"), CancellationToken.None);
            await Eventually.TrueAsync(() => refresher.FailedLoads >= 2, "loads fail and are retried while PostgreSQL refuses");

            Assert.Same(loaded, holder.Current);
            Assert.True(holder.Current.TryFindDid(BobDid, out _));

            var loads = refresher.CompletedLoads;
            await SetConnectionsAllowedAsync(true);
            await Eventually.TrueAsync(() => refresher.CompletedLoads > loads, "the retry succeeds once PostgreSQL is back");
            Assert.NotSame(loaded, holder.Current);
            Assert.True(holder.Current.TryFindDid(BobDid, out _));
        }
        finally
        {
            await refresher.StopAsync(CancellationToken.None);
        }
    }

    [Fact]
    public async Task Without_redis_for_notices_the_snapshot_still_loads_from_postgres()
    {
        var options = ConfigurationOptions.Parse("127.0.0.1:1");
        options.AbortOnConnectFail = false;
        options.ConnectTimeout = 200;
        await using var deadRedis = await ConnectionMultiplexer.ConnectAsync(options);
        var holder = new RoutingSnapshotHolder();
        var refresher = Refresher(postgres.ConnectionString, deadRedis, RedisFixture.NewKeyPrefix(), holder);

        await refresher.StartAsync(CancellationToken.None);
        try
        {
            await holder.FirstLoad.WaitAsync(TimeSpan.FromSeconds(15));
            Assert.True(holder.Current.TryFindDid(BobDid, out _));
        }
        finally
        {
            await refresher.StopAsync(CancellationToken.None);
        }
    }

    private async Task SetConnectionsAllowedAsync(bool allowed)
    {
        var server = new NpgsqlConnectionStringBuilder(postgres.ConnectionString) { Database = "postgres", Pooling = false };
        await using var admin = new NpgsqlConnection(server.ConnectionString);
        await admin.OpenAsync();
        await using (var alter = new NpgsqlCommand($"ALTER DATABASE \"{postgres.DatabaseName}\" ALLOW_CONNECTIONS {(allowed ? "true" : "false")}", admin))
            await alter.ExecuteNonQueryAsync();
        if (!allowed)
        {
            await using var kill = new NpgsqlCommand(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = @name AND pid <> pg_backend_pid()", admin);
            kill.Parameters.AddWithValue("name", postgres.DatabaseName);
            await kill.ExecuteNonQueryAsync();
        }
    }
}
