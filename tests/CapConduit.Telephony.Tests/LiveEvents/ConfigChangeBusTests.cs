using System.Collections.Concurrent;
using CapConduit.Telephony.ConfigChanges;
using CapConduit.Testing;
using StackExchange.Redis;

namespace CapConduit.Telephony.Tests.LiveEvents;

public sealed class ConfigChangeBusTests(RedisFixture redis) : IClassFixture<RedisFixture>
{
    [Fact]
    public async Task A_routing_change_published_by_the_api_reaches_routing_subscribers()
    {
        var prefix = RedisFixture.NewKeyPrefix();
        await using var routingInstance = await ConnectionMultiplexer.ConnectAsync(redis.ConnectionString);
        var received = new ConcurrentQueue<ConfigChangeNotice>();
        await using var subscription = await LiveEventTestServices.ConfigChanges(routingInstance, prefix)
            .SubscribeAsync(n => { received.Enqueue(n); return Task.CompletedTask; }, CancellationToken.None);
        var notice = new ConfigChangeNotice(ConfigChangeNotice.Routing, DateTimeOffset.UnixEpoch, "campaign updated");

        var receivers = await LiveEventTestServices.ConfigChanges(redis.Connection, prefix).PublishAsync(notice, CancellationToken.None);

        Assert.Equal(1, receivers);
        await Eventually.TrueAsync(() => received.Contains(notice), "the notice is delivered");
    }
}
