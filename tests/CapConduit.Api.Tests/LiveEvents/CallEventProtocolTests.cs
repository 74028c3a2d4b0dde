using CapConduit.Api.Tests.Support;
using CapConduit.Persistence.Users;
using CapConduit.Testing;

namespace CapConduit.Api.Tests.LiveEvents;

/// <summary>
/// The graphql-transport-ws close codes and message types against the real schema and sign-in (the transport's own
/// tests cover them in depth with a test schema).
/// </summary>
public sealed class CallEventProtocolTests(PostgresFixture postgres, RedisFixture redis)
    : IClassFixture<PostgresFixture>, IClassFixture<RedisFixture>
{
    [Fact]
    public async Task Subscribe_before_connection_ack_closes_with_4401()
    {
        await using var host = LiveEventsHost.Start(postgres, redis);
        await using var socket = await LiveWsClient.ConnectAsync(host.Api);

        await socket.SubscribeCallEventsAsync("1");

        Assert.Equal(4401, await socket.ReceiveCloseAsync());
    }

    [Fact]
    public async Task A_second_connection_init_closes_with_4429()
    {
        var staff = await TestUsers.AddAsync(postgres, TestUsers.Unique("staff"), UserRole.Staff);
        await using var host = LiveEventsHost.Start(postgres, redis);
        await using var socket = await host.ConnectAsync(staff);

        await socket.SendAsync(new { type = "connection_init", payload = new Dictionary<string, string> { ["Authorization"] = $"Bearer {host.TokenFor(staff)}" } });

        Assert.Equal(4429, await socket.ReceiveCloseAsync());
    }

    [Fact]
    public async Task Reusing_an_active_subscription_id_closes_with_4409()
    {
        var staff = await TestUsers.AddAsync(postgres, TestUsers.Unique("staff"), UserRole.Staff);
        await using var host = LiveEventsHost.Start(postgres, redis);
        await using var socket = await host.ConnectAsync(staff);
        await socket.SubscribeCallEventsAsync("same");
        await host.SubscribersAttachedAsync(1);

        await socket.SubscribeCallEventsAsync("same");

        Assert.Equal(4409, await socket.ReceiveCloseAsync());
        await host.SubscribersAttachedAsync(0);
    }

    [Fact]
    public async Task A_message_that_is_not_protocol_json_closes_with_4400()
    {
        var staff = await TestUsers.AddAsync(postgres, TestUsers.Unique("staff"), UserRole.Staff);
        await using var host = LiveEventsHost.Start(postgres, redis);
        await using var socket = await host.ConnectAsync(staff);

        await socket.SendAsync(new { type = "no_such_type" });

        Assert.Equal(4400, await socket.ReceiveCloseAsync());
    }

    [Fact]
    public async Task No_connection_init_within_the_timeout_closes_with_4408()
    {
        await using var host = LiveEventsHost.Start(postgres, redis, settings: new Dictionary<string, string?>
        {
            ["GraphQL:ConnectionInitTimeout"] = "00:00:00.300",
        });
        await using var socket = await LiveWsClient.ConnectAsync(host.Api);

        Assert.Equal(4408, await socket.ReceiveCloseAsync());
    }

    [Fact]
    public async Task Ping_is_answered_with_pong()
    {
        var staff = await TestUsers.AddAsync(postgres, TestUsers.Unique("staff"), UserRole.Staff);
        await using var host = LiveEventsHost.Start(postgres, redis);
        await using var socket = await host.ConnectAsync(staff);

        await socket.SendAsync(new { type = "ping" });

        Assert.Equal("pong", (await socket.ReceiveAsync())!.Value.GetProperty("type").GetString());
    }
}
