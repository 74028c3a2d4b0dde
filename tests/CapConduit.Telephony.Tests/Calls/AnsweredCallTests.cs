using CapConduit.FakeAsterisk;
using CapConduit.Persistence.CallRecords;
using CapConduit.Testing;

namespace CapConduit.Telephony.Tests.Calls;

public sealed class AnsweredCallTests(PostgresFixture postgres, RedisFixture redis)
    : IClassFixture<PostgresFixture>, IClassFixture<RedisFixture>
{
    // Asterisk's events and REST replies race (ari-traces behaviour 8): the call must work in both orders.
    [Theory]
    [InlineData(ReplyOrder.EventsFirst)]
    [InlineData(ReplyOrder.ReplyFirst)]
    public async Task Answered_call_is_bridged_then_caller_hangup_ends_both_and_writes_one_answered_record(ReplyOrder order)
    {
        var world = await CallFlowWorld.CreateAsync(postgres.CreateDbContext, 5, new TestClient("alpha"));
        await using var server = new FakeAriServer(CallFlowHost.NewFakeOptions(order));
        await server.StartAsync();
        await using var app = await CallFlowHost.StartAsync(postgres.ConnectionString, redis.ConnectionString, RedisFixture.NewKeyPrefix(), world.Snapshot, server: server);
        var endpoint = world.Endpoint("alpha");
        app.Server.SetEndpoint(endpoint, EndpointBehavior.AnswerAfter(50));

        var callId = app.Server.InjectInboundCall(world.Did, "15550100001", "Caller");
        await app.WaitForBridgedAsync(callId);
        Assert.True(app.Server.HangUpCaller(callId));

        await app.WaitForRecordAsync(callId);
        var row = await app.RecordAsync(callId);
        Assert.Equal(Disposition.Answered, row.Record.Disposition);
        Assert.NotNull(row.Record.AnsweredAt);
        Assert.Equal(world.Links["alpha"].LinkId, row.Record.LinkId);
        Assert.Equal(world.SellerId, row.Record.SellerId);
        Assert.Equal("15550100001", row.Record.CallerNumber);
        var attempt = Assert.Single(row.Attempts);
        Assert.Equal(AttemptResult.Answered, attempt.Result);
        Assert.Equal(callId + "-a1", attempt.ChannelId);
        Assert.Equal(1, await app.TotalCallsUsedAsync(world.Links["alpha"].LinkId));

        await Eventually.TrueAsync(() => app.Server.LiveChannelIds.Count == 0 && app.Server.LiveBridgeIds.Count == 0,
            "both legs and the bridge are gone");
        var requests = app.Server.RequestLog.Entries.Select(r => $"{r.Method} {Uri.UnescapeDataString(r.Path)} {r.Status}").ToList();
        Assert.Contains($"POST /ari/channels/{callId}/ring 204", requests);
        Assert.Contains(requests, r => r.StartsWith($"POST /ari/channels?endpoint={endpoint}&app=capconduit&appArgs=out,{callId}&callerId=15550100001&timeout=5&channelId={callId}-a1 200", StringComparison.Ordinal));
        Assert.Contains($"POST /ari/channels/{callId}/answer 204", requests);
        Assert.Contains($"POST /ari/bridges/{callId}-br/addChannel?channel={callId},{callId}-a1 204", requests);
        Assert.Contains($"DELETE /ari/channels/{callId}-a1 204", requests);
        Assert.Contains($"DELETE /ari/bridges/{callId}-br 204", requests);
        await Eventually.TrueAsync(async () => (await app.Slots.ReadLiveCountsAsync([world.Links["alpha"].LinkId], default))[world.Links["alpha"].LinkId].Live == 0,
            "the slot is released");
    }
}
