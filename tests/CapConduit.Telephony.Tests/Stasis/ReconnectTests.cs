using CapConduit.FakeAsterisk;
using CapConduit.Persistence.CallRecords;
using CapConduit.Telephony.Tests.Calls;
using CapConduit.Testing;

namespace CapConduit.Telephony.Tests.Stasis;

public sealed class ReconnectTests(PostgresFixture postgres, RedisFixture redis)
    : IClassFixture<PostgresFixture>, IClassFixture<RedisFixture>
{
    // A backoff long enough that the test acts while the app is surely disconnected.
    private static readonly Dictionary<string, string?> SlowReconnect = new()
    {
        ["Ari:ReconnectInitialDelay"] = "00:00:00.500",
        ["Ari:ReconnectMaxDelay"] = "00:00:01",
    };

    [Fact]
    public async Task Websocket_dropped_mid_call_reconnects_and_reconciles_what_happened_meanwhile()
    {
        var world = await CallFlowWorld.CreateAsync(postgres.CreateDbContext, 5, new TestClient("alpha"));
        await using var app = await CallFlowHost.StartAsync(postgres.ConnectionString, redis.ConnectionString, RedisFixture.NewKeyPrefix(), world.Snapshot, SlowReconnect);
        var endpoint = world.Endpoint("alpha");
        app.Server.SetEndpoint(endpoint, EndpointBehavior.AnswerAfter());
        var bridged = app.Server.InjectInboundCall(world.Did, "15550600001");
        await app.WaitForBridgedAsync(bridged);

        await app.Server.DropWebSocketsAsync();
        // While disconnected: the bridged caller hangs up, and a new call enters Stasis. Both sets of events are lost.
        Assert.True(app.Server.HangUpCaller(bridged));
        var arrived = app.Server.InjectInboundCall(world.Did, "15550600002");
        Assert.Equal(0, app.Server.WebSocketCount);

        await Eventually.TrueAsync(() => app.Stream.ReconnectCount >= 1, "the event stream reconnects");
        // The first call is finished from the channel list: its client leg is hung up, bridge destroyed, record written.
        await app.WaitForRecordAsync(bridged);
        var first = await app.RecordAsync(bridged);
        Assert.Equal(Disposition.Answered, first.Record.Disposition);
        Assert.DoesNotContain(bridged + "-a1", app.Server.LiveChannelIds);
        Assert.DoesNotContain(bridged + "-br", app.Server.LiveBridgeIds);
        // The call whose StasisStart was lost is adopted and routed.
        await app.WaitForBridgedAsync(arrived);
        app.Server.HangUpCaller(arrived);
        await app.WaitForRecordAsync(arrived);
        Assert.Equal(Disposition.Answered, (await app.RecordAsync(arrived)).Record.Disposition);
        await Eventually.TrueAsync(() => app.Server.LiveChannelIds.Count == 0 && app.Server.LiveBridgeIds.Count == 0, "nothing is left behind");
        var counts = await app.Slots.ReadLiveCountsAsync([world.Links["alpha"].LinkId], default);
        Assert.Equal(0, counts[world.Links["alpha"].LinkId].Live);
    }
}
