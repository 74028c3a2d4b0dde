using CapConduit.FakeAsterisk;
using CapConduit.Persistence.CallRecords;
using CapConduit.Testing;

namespace CapConduit.Telephony.Tests.Calls;

public sealed class HangupTests(PostgresFixture postgres, RedisFixture redis)
    : IClassFixture<PostgresFixture>, IClassFixture<RedisFixture>
{
    [Fact]
    public async Task Client_hangup_after_answer_hangs_up_the_caller_and_destroys_the_bridge()
    {
        var world = await CallFlowWorld.CreateAsync(postgres.CreateDbContext, 5, new TestClient("bye"));
        await using var app = await CallFlowHost.StartAsync(postgres.ConnectionString, redis.ConnectionString, RedisFixture.NewKeyPrefix(), world.Snapshot);
        app.Server.SetEndpoint(world.Endpoint("bye"), EndpointBehavior.AnswerThenHangUp(TimeSpan.FromMilliseconds(300)));

        var callId = app.Server.InjectInboundCall(world.Did, "15550100002");

        await app.WaitForRecordAsync(callId);
        var row = await app.RecordAsync(callId);
        Assert.Equal(Disposition.Answered, row.Record.Disposition);
        Assert.Equal(AttemptResult.Answered, Assert.Single(row.Attempts).Result);
        Assert.Contains(app.Server.RequestLog.Entries, r => r.Method == "DELETE" && r.Path.StartsWith($"/ari/channels/{callId}?", StringComparison.Ordinal) && r.Status == 204);
        Assert.Contains(app.Server.RequestLog.Entries, r => r.Method == "DELETE" && r.Path == $"/ari/bridges/{callId}-br" && r.Status == 204);
        Assert.Empty(app.Server.LiveChannelIds);
        Assert.Empty(app.Server.LiveBridgeIds);
        Assert.Equal(1, await app.TotalCallsUsedAsync(world.Links["bye"].LinkId));
    }

    [Fact]
    public async Task Caller_hangup_while_the_client_rings_cancels_the_leg_and_records_abandoned()
    {
        var world = await CallFlowWorld.CreateAsync(postgres.CreateDbContext, 30, new TestClient("ringer"));
        await using var app = await CallFlowHost.StartAsync(postgres.ConnectionString, redis.ConnectionString, RedisFixture.NewKeyPrefix(), world.Snapshot);
        var endpoint = world.Endpoint("ringer");
        app.Server.SetEndpoint(endpoint, EndpointBehavior.RingForever());

        var callId = app.Server.InjectInboundCall(world.Did, "15550100003");
        await Eventually.TrueAsync(() => app.Server.PeakLegs.Current(endpoint) == 1, "the client rings");
        Assert.True(app.Server.HangUpCaller(callId));

        await app.WaitForRecordAsync(callId);
        var row = await app.RecordAsync(callId);
        Assert.Equal(Disposition.Abandoned, row.Record.Disposition);
        Assert.Null(row.Record.AnsweredAt);
        Assert.Equal(127, row.Record.HangupCauseCode);
        Assert.Equal(AttemptResult.Abandoned, Assert.Single(row.Attempts).Result);
        Assert.Equal(0, app.Server.PeakLegs.Current(endpoint));
        Assert.Contains(app.Server.RequestLog.Entries, r => r.Method == "DELETE" && r.Path == $"/ari/channels/{callId}-a1" && r.Status == 204);
        Assert.Equal(0, await app.TotalCallsUsedAsync(world.Links["ringer"].LinkId));
        var counts = await app.Slots.ReadLiveCountsAsync([world.Links["ringer"].LinkId], default);
        Assert.Equal(0, counts[world.Links["ringer"].LinkId].Live);
    }
}
