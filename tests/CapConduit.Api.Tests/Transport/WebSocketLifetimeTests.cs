using CapConduit.Api.Tests.Transport.TestHost;
using CapConduit.Api.Transport.WebSockets;
using CapConduit.Testing;

namespace CapConduit.Api.Tests.Transport;

public sealed class WebSocketLifetimeTests : IAsyncLifetime
{
    private TransportTestHost _host = null!;

    public async Task InitializeAsync() => _host = await TransportTestHost.StartAsync(settings: new Dictionary<string, string?>
    {
        ["GraphQL:RevalidationInterval"] = "00:00:00.100",
        ["GraphQL:OutboundQueueCapacity"] = "8",
        ["GraphQL:CloseTimeout"] = "00:00:00.500",
    });

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task No_connection_init_in_time_closes_4408()
    {
        await using var host = await TransportTestHost.StartAsync(settings: new Dictionary<string, string?>
        {
            ["GraphQL:ConnectionInitTimeout"] = "00:00:00.200",
        });
        await using var client = await WsClient.ConnectAsync(host);

        Assert.Equal(4408, await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task Revoked_principal_is_closed_with_4403()
    {
        await using var client = await WsClient.ConnectAndInitAsync(_host, "user:revokee");

        lock (_host.RevokedSubjects)
        {
            _host.RevokedSubjects.Add("revokee");
        }

        Assert.Equal(4403, await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task Server_can_close_all_connections_of_a_user_with_4403()
    {
        await using var first = await WsClient.ConnectAndInitAsync(_host, "user:carol");
        await using var second = await WsClient.ConnectAndInitAsync(_host, "user:carol");
        await using var other = await WsClient.ConnectAndInitAsync(_host, "user:dave");

        var closed = _host.Get<GraphQLWsConnectionRegistry>().CloseConnectionsOf("carol");

        Assert.Equal(2, closed);
        Assert.Equal(4403, await first.ReceiveCloseAsync());
        Assert.Equal(4403, await second.ReceiveCloseAsync());
        await other.SubscribeAsync("still", "{ hello }");
        Assert.Equal("next", (await other.ReceiveAsync())!.Value.GetProperty("type").GetString());
    }

    [Fact]
    public async Task Token_expiry_closes_the_connection_with_4403()
    {
        var soon = DateTimeOffset.UtcNow.AddSeconds(3).ToUnixTimeSeconds();
        await using var client = await WsClient.ConnectAndInitAsync(_host, $"user:expiring:{soon}");

        Assert.Equal(4403, await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task Slow_consumer_is_closed_without_delaying_another_subscriber()
    {
        var hub = _host.Get<EventHub>();
        var registry = _host.Get<GraphQLWsConnectionRegistry>();
        await using var slow = await WsClient.ConnectAndInitAsync(_host, "user:slow");
        await using var fast = await WsClient.ConnectAndInitAsync(_host, "user:fast");
        await slow.SubscribeAsync("s", "subscription { events }");
        await fast.SubscribeAsync("f", "subscription { events }");
        await Eventually.TrueAsync(() => hub.SubscriberCount == 2, "both subscribed");

        // 400 x 64 KB is far more than the loopback socket buffers hold, so the slow client's queue overflows.
        var payload = new string('x', 64 * 1024);
        for (var i = 0; i < 400; i++)
        {
            hub.Publish($"{i}:{payload}");
            var next = (await fast.ReceiveAsync())!.Value;
            Assert.StartsWith($"{i}:", next.GetProperty("payload").GetProperty("data").GetProperty("events").GetString(), StringComparison.Ordinal);
        }

        await Eventually.TrueAsync(() => registry.ConnectionsOf("slow") == 0, "the slow consumer was closed");
        Assert.Equal(1, registry.ConnectionsOf("fast"));
        var code = await slow.ReceiveCloseAsync();
        Assert.True(code is null or 1013, $"slow consumer closed with {code}");
    }
}
