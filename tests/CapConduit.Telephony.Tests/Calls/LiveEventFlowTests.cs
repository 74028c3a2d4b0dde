using System.Collections.Concurrent;
using CapConduit.FakeAsterisk;
using CapConduit.Telephony.LiveEvents;
using CapConduit.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CapConduit.Telephony.Tests.Calls;

public sealed class LiveEventFlowTests(PostgresFixture postgres, RedisFixture redis)
    : IClassFixture<PostgresFixture>, IClassFixture<RedisFixture>
{
    [Fact]
    public async Task A_call_that_fails_over_then_answers_publishes_its_events_in_order_with_seller_campaign_and_client()
    {
        var world = await CallFlowWorld.CreateAsync(postgres.CreateDbContext, 5,
            new TestClient("busy", Priority: 0), new TestClient("answer", Priority: 1));
        await using var app = await CallFlowHost.StartAsync(postgres.ConnectionString, redis.ConnectionString, RedisFixture.NewKeyPrefix(), world.Snapshot);
        app.Server.SetEndpoint(world.Endpoint("busy"), EndpointBehavior.Busy());
        app.Server.SetEndpoint(world.Endpoint("answer"), EndpointBehavior.AnswerThenHangUp(TimeSpan.FromMilliseconds(100)));
        var received = await SubscribeAsync(app);

        var callId = app.Server.InjectInboundCall(world.Did, "15550800001");

        await Eventually.TrueAsync(() => received.Any(e => e.CallId == callId && e.Type == LiveEventType.CallEnded), "CALL_ENDED arrives");
        var events = received.Where(e => e.CallId == callId).ToList();
        Assert.Equal(
            [LiveEventType.CallStarted, LiveEventType.AttemptStarted, LiveEventType.AttemptFailed, LiveEventType.AttemptStarted,
                LiveEventType.CallAnswered, LiveEventType.CallEnded],
            events.Select(e => e.Type));
        Assert.All(events, e => Assert.Equal((world.SellerId, world.CampaignId, world.Did), (e.SellerId!.Value, e.CampaignId!.Value, e.DidNumber)));
        Assert.Equal("BUSY", events[2].Outcome);
        Assert.Equal(world.Links["busy"].ClientId, events[2].ClientId);
        Assert.Equal(world.Links["answer"].ClientId, events[4].ClientId);
        Assert.Equal("ANSWERED", events[5].Outcome);
    }

    [Fact]
    public async Task A_rejected_call_publishes_started_rejected_and_ended_with_the_reason()
    {
        var world = await CallFlowWorld.CreateAsync(postgres.CreateDbContext, 5, new TestClient("alpha"));
        await using var app = await CallFlowHost.StartAsync(postgres.ConnectionString, redis.ConnectionString, RedisFixture.NewKeyPrefix(), world.Snapshot);
        var received = await SubscribeAsync(app);

        var callId = app.Server.InjectInboundCall("+19995550000", "15550800002");

        await Eventually.TrueAsync(() => received.Any(e => e.CallId == callId && e.Type == LiveEventType.CallEnded), "CALL_ENDED arrives");
        var events = received.Where(e => e.CallId == callId).ToList();
        Assert.Equal([LiveEventType.CallStarted, LiveEventType.CallRejected, LiveEventType.CallEnded], events.Select(e => e.Type));
        Assert.Equal("DID_NOT_FOUND", events[1].Outcome);
        Assert.Equal("REJECTED", events[2].Outcome);
    }

    private static async Task<ConcurrentQueue<LiveEvent>> SubscribeAsync(CallFlowHost app)
    {
        var received = new ConcurrentQueue<LiveEvent>();
        var subscription = await app.Services.GetRequiredService<LiveEventSubscriber>().SubscribeAsync(default);
        _ = Task.Run(async () =>
        {
            await foreach (var e in subscription.ReadAllAsync())
                received.Enqueue(e);
        });
        return received;
    }
}
