using CapConduit.FakeAsterisk;
using CapConduit.Persistence.CallRecords;
using CapConduit.Testing;

namespace CapConduit.Telephony.Tests.Calls;

public sealed class RedisOutageTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>
{
    [Fact]
    public async Task While_Redis_is_down_calls_are_refused_without_dialling_and_routing_recovers_when_it_returns()
    {
        await using var redis = await RedisServerProcess.StartAsync();
        var world = await CallFlowWorld.CreateAsync(postgres.CreateDbContext, 5, new TestClient("alpha", MaxConcurrency: 1));
        await using var app = await CallFlowHost.StartAsync(postgres.ConnectionString, redis.ConnectionString, "outage:", world.Snapshot);
        var endpoint = world.Endpoint("alpha");
        app.Server.SetEndpoint(endpoint, EndpointBehavior.AnswerThenHangUp(TimeSpan.FromMilliseconds(100)));
        var before = app.Server.InjectInboundCall(world.Did, "15550400001");
        await app.WaitForRecordAsync(before);

        await redis.KillAsync();
        var during = app.Server.InjectInboundCall(world.Did, "15550400002");

        await Eventually.TrueAsync(() => app.Server.RequestLog.Entries.Any(r => r.Method == "DELETE" && r.Path == $"/ari/channels/{during}?reason_code=34"),
            "the call is refused with cause 34");
        Assert.Equal(1, app.Server.PeakLegs.Peak(endpoint));
        Assert.DoesNotContain(app.Server.RequestLog.Entries, r => r.Path.Contains($"channelId={during}", StringComparison.Ordinal));

        await redis.RestartAsync();
        // The refused call's record waited in memory for Redis and is written now.
        await app.WaitForRecordAsync(during, TimeSpan.FromSeconds(20));
        var refused = await app.RecordAsync(during);
        Assert.Equal(Disposition.Rejected, refused.Record.Disposition);
        Assert.Equal(RejectReason.CapacityUnavailable, refused.Record.RejectReason);

        string after = "";
        await Eventually.TrueAsync(async () =>
        {
            // Calls placed before the connection is re-established are still refused; try again until one is routed.
            after = app.Server.InjectInboundCall(world.Did, "15550400003");
            await app.WaitForRecordAsync(after, TimeSpan.FromSeconds(10));
            return (await app.RecordAsync(after)).Record.Disposition == Disposition.Answered;
        }, "a call is answered again after Redis returned", TimeSpan.FromSeconds(30));
        Assert.Equal(1, app.Server.PeakLegs.Peak(endpoint));
    }
}
