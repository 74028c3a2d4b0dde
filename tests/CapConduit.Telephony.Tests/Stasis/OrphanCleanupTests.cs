using CapConduit.FakeAsterisk;
using CapConduit.Telephony.Ari;
using CapConduit.Telephony.Tests.Calls;
using CapConduit.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CapConduit.Telephony.Tests.Stasis;

public sealed class OrphanCleanupTests(PostgresFixture postgres, RedisFixture redis)
    : IClassFixture<PostgresFixture>, IClassFixture<RedisFixture>
{
    [Fact]
    public async Task Reconnect_destroys_bridges_and_hangs_up_legs_of_calls_no_longer_tracked_and_frees_their_slots()
    {
        var world = await CallFlowWorld.CreateAsync(postgres.CreateDbContext, 5, new TestClient("alpha"));
        var link = world.Links["alpha"];
        await using var app = await CallFlowHost.StartAsync(postgres.ConnectionString, redis.ConnectionString, RedisFixture.NewKeyPrefix(), world.Snapshot);
        app.Server.SetEndpoint(world.Endpoint("alpha"), EndpointBehavior.RingForever());
        var ari = app.Services.GetRequiredService<AriClient>();
        // Left behind by a call this instance no longer knows (e.g. from before a restart).
        await ari.CreateBridgeAsync("1000.1-br", "1000.1-br", default);
        await ari.OriginateAsync(new OriginateRequest(world.Endpoint("alpha")) { ChannelId = "1000.1-a1", AppArgs = "out,1000.1" }, default);
        var slots = app.Slots;
        Assert.True((await slots.TryAcquireAsync(link.ToSlotRequest("1000.1"), default)).Granted);

        await app.Server.DropWebSocketsAsync();

        await Eventually.TrueAsync(() => app.Stream.ReconnectCount >= 1, "the event stream reconnects");
        await Eventually.TrueAsync(() => !app.Server.LiveBridgeIds.Contains("1000.1-br") && !app.Server.LiveChannelIds.Contains("1000.1-a1"),
            "the orphan bridge and leg are gone");
        await Eventually.TrueAsync(async () => (await slots.ReadLiveCountsAsync([link.LinkId], default))[link.LinkId].Live == 0,
            "the slot of the vanished call is freed");
        Assert.Empty(slots.HeldLeases);
    }
}
