using System.Collections.Concurrent;
using System.Text.Json;
using CapConduit.Telephony.LiveEvents;
using CapConduit.Testing;
using StackExchange.Redis;

namespace CapConduit.Telephony.Tests.LiveEvents;

public sealed class LiveEventPublisherTests(RedisFixture redis) : IClassFixture<RedisFixture>
{
    private readonly string _prefix = RedisFixture.NewKeyPrefix();

    private static LiveEvent Answered(string callId) => new(
        LiveEventType.CallAnswered, callId, new DateTimeOffset(2026, 11, 23, 22, 0, 0, TimeSpan.Zero),
        Guid.NewGuid(), Guid.NewGuid(), "Alice Priority Tech Leads", "+18005550101", Guid.NewGuid(), "Alpha Corp", "ANSWERED");

    [Fact]
    public async Task A_published_event_reaches_a_subscriber_on_another_connection()
    {
        await using var otherInstance = await ConnectionMultiplexer.ConnectAsync(redis.ConnectionString);
        await using var subscription = await LiveEventTestServices.Subscriber(otherInstance, _prefix).SubscribeAsync(CancellationToken.None);
        var sent = Answered("call-1");

        Assert.True(await LiveEventTestServices.Publisher(redis.Connection, _prefix).PublishAsync(sent, CancellationToken.None));

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await using var events = subscription.ReadAllAsync(timeout.Token).GetAsyncEnumerator(timeout.Token);
        Assert.True(await events.MoveNextAsync());
        Assert.Equal(sent, events.Current);
    }

    [Fact]
    public async Task The_wire_format_uses_camel_case_and_the_spec_s_event_names()
    {
        var received = new ConcurrentQueue<string>();
        var channel = LiveEventTestServices.Channels(_prefix).Calls;
        await redis.Connection.GetSubscriber().SubscribeAsync(channel, (_, message) => received.Enqueue((string)message!));
        try
        {
            await LiveEventTestServices.Publisher(redis.Connection, _prefix).PublishAsync(Answered("call-2"), CancellationToken.None);

            await Eventually.TrueAsync(() => !received.IsEmpty, "the raw message arrives");
            using var json = JsonDocument.Parse(received.Single());
            Assert.Equal("CALL_ANSWERED", json.RootElement.GetProperty("type").GetString());
            Assert.Equal("call-2", json.RootElement.GetProperty("callId").GetString());
            Assert.Equal("+18005550101", json.RootElement.GetProperty("didNumber").GetString());
        }
        finally
        {
            await redis.Connection.GetSubscriber().UnsubscribeAsync(channel);
        }
    }
}
