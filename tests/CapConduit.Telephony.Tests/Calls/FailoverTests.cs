using CapConduit.FakeAsterisk;
using CapConduit.Persistence.CallRecords;
using CapConduit.Testing;

namespace CapConduit.Telephony.Tests.Calls;

public sealed class FailoverTests(PostgresFixture postgres, RedisFixture redis)
    : IClassFixture<PostgresFixture>, IClassFixture<RedisFixture>
{
    [Theory]
    [InlineData(ReplyOrder.EventsFirst)]
    [InlineData(ReplyOrder.Random)]
    public async Task Busy_unavailable_and_unanswered_clients_fail_over_until_one_answers(ReplyOrder order)
    {
        var world = await CallFlowWorld.CreateAsync(postgres.CreateDbContext, 1,
            new TestClient("busy", Priority: 0), new TestClient("unavail", Priority: 1),
            new TestClient("noanswer", Priority: 2), new TestClient("answer", Priority: 3));
        await using var server = new FakeAriServer(CallFlowHost.NewFakeOptions(order));
        await server.StartAsync();
        await using var app = await CallFlowHost.StartAsync(postgres.ConnectionString, redis.ConnectionString, RedisFixture.NewKeyPrefix(), world.Snapshot, server: server);
        app.Server.SetEndpoint(world.Endpoint("busy"), EndpointBehavior.Busy());
        app.Server.SetEndpoint(world.Endpoint("unavail"), EndpointBehavior.Unavailable());
        app.Server.SetEndpoint(world.Endpoint("noanswer"), EndpointBehavior.RingForever());
        app.Server.SetEndpoint(world.Endpoint("answer"), EndpointBehavior.AnswerThenHangUp(TimeSpan.FromMilliseconds(200)));

        var callId = app.Server.InjectInboundCall(world.Did, "15550100004");

        await app.WaitForRecordAsync(callId);
        var row = await app.RecordAsync(callId);
        Assert.Equal(Disposition.Answered, row.Record.Disposition);
        Assert.Equal(world.Links["answer"].LinkId, row.Record.LinkId);
        Assert.Equal(
            [AttemptResult.Busy, AttemptResult.Failed, AttemptResult.NoAnswer, AttemptResult.Answered],
            row.Attempts.Select(a => a.Result));
        Assert.Equal([17, 34, 19], row.Attempts.Take(3).Select(a => a.HangupCauseCode ?? -1));
        Assert.Contains(app.Server.RequestLog.Entries, r => r.Method == "DELETE" && r.Path == $"/ari/channels/{callId}-a3?reason=no_answer");
        Assert.Equal(1, await app.TotalCallsUsedAsync(world.Links["answer"].LinkId));
        Assert.Equal(0, await app.TotalCallsUsedAsync(world.Links["busy"].LinkId));
    }

    [Fact]
    public async Task When_every_client_fails_the_caller_is_refused_with_cause_34_and_the_last_outcome_is_recorded()
    {
        var world = await CallFlowWorld.CreateAsync(postgres.CreateDbContext, 5,
            new TestClient("busy", Priority: 0), new TestClient("unknown", Priority: 1), new TestClient("alsobusy", Priority: 2));
        await using var app = await CallFlowHost.StartAsync(postgres.ConnectionString, redis.ConnectionString, RedisFixture.NewKeyPrefix(), world.Snapshot);
        app.Server.SetEndpoint(world.Endpoint("busy"), EndpointBehavior.Busy());
        app.Server.SetEndpoint(world.Endpoint("alsobusy"), EndpointBehavior.Busy());
        // "unknown" is not scripted: originate answers 500 Allocation failed, as for an unknown endpoint.

        var callId = app.Server.InjectInboundCall(world.Did, "15550100005");

        await app.WaitForRecordAsync(callId);
        var row = await app.RecordAsync(callId);
        Assert.Equal(Disposition.Busy, row.Record.Disposition);
        Assert.Equal(34, row.Record.HangupCauseCode);
        Assert.Equal([AttemptResult.Busy, AttemptResult.Failed, AttemptResult.Busy], row.Attempts.Select(a => a.Result));
        Assert.Equal("Allocation failed", row.Attempts[1].HangupCauseText);
        Assert.Contains(app.Server.RequestLog.Entries, r => r.Method == "DELETE" && r.Path == $"/ari/channels/{callId}?reason_code=34" && r.Status == 204);
        Assert.Empty(app.Server.LiveChannelIds);
    }
}
