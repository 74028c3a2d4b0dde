using CapConduit.FakeAsterisk;
using CapConduit.Telephony.CallRecords;
using CapConduit.Telephony.Tests.Calls;
using CapConduit.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CapConduit.Telephony.Tests.CallRecords;

public sealed class PostgresOutageTests(PostgresFixture postgres, RedisFixture redis)
    : IClassFixture<PostgresFixture>, IClassFixture<RedisFixture>
{
    [Fact]
    public async Task Records_of_calls_made_while_PostgreSQL_is_down_are_each_written_once_after_it_returns()
    {
        var world = await CallFlowWorld.CreateAsync(postgres.CreateDbContext, 5, new TestClient("alpha", MaxConcurrency: 50));
        var link = world.Links["alpha"].LinkId;
        await using var app = await CallFlowHost.StartAsync(postgres.ConnectionString, redis.ConnectionString, RedisFixture.NewKeyPrefix(), world.Snapshot);
        app.Server.SetEndpoint(world.Endpoint("alpha"), EndpointBehavior.AnswerThenHangUp(TimeSpan.FromMilliseconds(50)));
        var stream = app.Services.GetRequiredService<CallRecordStream>();

        // A real outage of this test's database: it refuses new connections and its open ones are killed.
        await SetAcceptingConnectionsAsync(false);
        try
        {
            var calls = Enumerable.Range(0, 20).Select(i => app.Server.InjectInboundCall(world.Did, $"1555070{i:0000}")).ToList();
            await Eventually.TrueAsync(async () => app.Sessions.Count == 0 && await redis.Connection.GetDatabase().StreamLengthAsync(stream.Key) == 20,
                "all 20 calls ended and their records wait in the stream", TimeSpan.FromSeconds(20));
            Assert.Equal(20, calls.Distinct().Count());
        }
        finally
        {
            await SetAcceptingConnectionsAsync(true);
        }

        await Eventually.TrueAsync(async () => await app.ScalarAsync("SELECT count(*) FROM call_records WHERE campaign_id = @c", ("c", world.CampaignId)) == 20,
            "every record is written after PostgreSQL returns", TimeSpan.FromSeconds(30));
        Assert.Equal(20, await app.ScalarAsync("SELECT count(DISTINCT channel_id) FROM call_records WHERE campaign_id = @c", ("c", world.CampaignId)));
        Assert.Equal(20, await app.ScalarAsync("SELECT count(*) FROM call_attempts WHERE link_id = @l", ("l", link)));
        Assert.Equal(20, await app.TotalCallsUsedAsync(link));
        await Eventually.TrueAsync(async () => await redis.Connection.GetDatabase().StreamLengthAsync(stream.Key) == 0,
            "written entries leave the stream");
    }

    private async Task SetAcceptingConnectionsAsync(bool accept)
    {
        var admin = new NpgsqlConnectionStringBuilder(postgres.ConnectionString) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(admin.ConnectionString);
        await connection.OpenAsync();
        var sql = $"ALTER DATABASE \"{postgres.DatabaseName}\" ALLOW_CONNECTIONS {(accept ? "true" : "false")}";
        if (!accept)
            sql += $"; SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{postgres.DatabaseName}' AND pid <> pg_backend_pid()";
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
