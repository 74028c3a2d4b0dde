using System.Text.Json;
using CapConduit.Api.Tests.Transport.TestHost;

namespace CapConduit.Api.Tests.Transport;

public sealed class WebSocketProtocolTests : IAsyncLifetime
{
    private TransportTestHost _host = null!;

    public async Task InitializeAsync() => _host = await TransportTestHost.StartAsync(settings: new Dictionary<string, string?>
    {
        ["GraphQL:MaxSubscriptionsPerConnection"] = "2",
        ["GraphQL:MaxConnectionsPerUser"] = "1",
    });

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Subscription_streams_next_messages_then_complete()
    {
        await using var client = await WsClient.ConnectAndInitAsync(_host);

        await client.SubscribeAsync("s1", "subscription { ticks(count: 3) }");

        for (var i = 1; i <= 3; i++)
        {
            var next = (await client.ReceiveAsync())!.Value;
            Assert.Equal("next", next.GetProperty("type").GetString());
            Assert.Equal("s1", next.GetProperty("id").GetString());
            Assert.Equal(i, next.GetProperty("payload").GetProperty("data").GetProperty("ticks").GetInt32());
        }

        var complete = (await client.ReceiveAsync())!.Value;
        Assert.Equal("complete", complete.GetProperty("type").GetString());
        Assert.Equal("s1", complete.GetProperty("id").GetString());
    }

    [Theory]
    [InlineData("{ hello(name: \"ws\") }", "hello", "Hello, ws")]
    [InlineData("mutation { echo(text: \"over ws\") }", "echo", "over ws")]
    public async Task Query_and_mutation_answer_next_then_complete(string query, string field, string expected)
    {
        await using var client = await WsClient.ConnectAndInitAsync(_host);

        await client.SubscribeAsync("q", query);

        var next = (await client.ReceiveAsync())!.Value;
        Assert.Equal("next", next.GetProperty("type").GetString());
        Assert.Equal(expected, next.GetProperty("payload").GetProperty("data").GetProperty(field).GetString());
        Assert.Equal("complete", (await client.ReceiveAsync())!.Value.GetProperty("type").GetString());
    }

    [Fact]
    public async Task Invalid_operation_answers_an_error_message_with_codes()
    {
        await using var client = await WsClient.ConnectAndInitAsync(_host);

        await client.SubscribeAsync("bad", "{ noSuchField }");

        var error = (await client.ReceiveAsync())!.Value;
        Assert.Equal("error", error.GetProperty("type").GetString());
        Assert.Equal("bad", error.GetProperty("id").GetString());
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", error.GetProperty("payload")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Ping_is_answered_with_pong_before_and_after_init()
    {
        await using var client = await WsClient.ConnectAsync(_host);

        await client.SendAsync(new { type = "ping" });
        Assert.Equal("pong", (await client.ReceiveAsync())!.Value.GetProperty("type").GetString());
        await client.SendAsync(new { type = "connection_init", payload = new { token = "user:pinger" } });
        Assert.Equal("connection_ack", (await client.ReceiveAsync())!.Value.GetProperty("type").GetString());
        await client.SendAsync(new { type = "ping", payload = new { n = 1 } });
        Assert.Equal("pong", (await client.ReceiveAsync())!.Value.GetProperty("type").GetString());
    }

    [Fact]
    public async Task Server_pings_after_ack_and_accepts_pong()
    {
        await using var host = await TransportTestHost.StartAsync(settings: new Dictionary<string, string?>
        {
            ["GraphQL:PingInterval"] = "00:00:00.100",
        });
        await using var client = await WsClient.ConnectAndInitAsync(host);

        Assert.Equal("ping", (await client.ReceiveAsync())!.Value.GetProperty("type").GetString());
        await client.SendAsync(new { type = "pong" });
        await client.SubscribeAsync("after-pong", "{ hello }");

        JsonElement reply;
        do
        {
            reply = (await client.ReceiveAsync())!.Value;
        }
        while (reply.GetProperty("type").GetString() == "ping");

        Assert.Equal("next", reply.GetProperty("type").GetString());
    }

    [Fact]
    public async Task Client_complete_stops_the_subscription()
    {
        await using var client = await WsClient.ConnectAndInitAsync(_host, "user:completer");
        var hub = _host.Get<EventHub>();
        await client.SubscribeAsync("e", "subscription { events }");
        await CapConduit.Testing.Eventually.TrueAsync(() => hub.SubscriberCount == 1, "the subscription is active");

        await client.SendAsync(new { id = "e", type = "complete" });

        await CapConduit.Testing.Eventually.TrueAsync(() => hub.SubscriberCount == 0, "complete unsubscribed");
    }

    [Fact]
    public async Task Subscription_limit_answers_an_error_for_the_extra_operation()
    {
        await using var client = await WsClient.ConnectAndInitAsync(_host, "user:limited");

        await client.SubscribeAsync("a", "subscription { events }");
        await client.SubscribeAsync("b", "subscription { events }");
        await client.SubscribeAsync("c", "subscription { events }");

        var error = (await client.ReceiveAsync())!.Value;
        Assert.Equal("error", error.GetProperty("type").GetString());
        Assert.Equal("c", error.GetProperty("id").GetString());
        Assert.Equal("TOO_MANY_SUBSCRIPTIONS", error.GetProperty("payload")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Subscribe_before_ack_closes_4401()
    {
        await using var client = await WsClient.ConnectAsync(_host);

        await client.SubscribeAsync("x", "{ hello }");

        Assert.Equal(4401, await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task Second_connection_init_closes_4429()
    {
        await using var client = await WsClient.ConnectAndInitAsync(_host, "user:twice");

        await client.SendAsync(new { type = "connection_init" });

        Assert.Equal(4429, await client.ReceiveCloseAsync());
        Assert.Equal("Too many initialisation requests", client.CloseDescription);
    }

    [Fact]
    public async Task Refused_authentication_closes_4403()
    {
        await using var client = await WsClient.ConnectAsync(_host);

        await client.SendAsync(new { type = "connection_init", payload = new { token = "bad" } });

        Assert.Equal(4403, await client.ReceiveCloseAsync());
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{\"payload\":{}}")]
    [InlineData("{\"type\":\"subscribe\",\"payload\":{\"query\":\"{ hello }\"}}")]
    [InlineData("{\"type\":\"next\",\"id\":\"1\"}")]
    public async Task Invalid_message_closes_4400(string raw)
    {
        await using var client = await WsClient.ConnectAsync(_host);

        await client.SendRawAsync(raw);

        Assert.Equal(4400, await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task Duplicate_operation_id_closes_4409()
    {
        await using var client = await WsClient.ConnectAndInitAsync(_host, "user:dup");

        await client.SubscribeAsync("same", "subscription { events }");
        await client.SubscribeAsync("same", "subscription { events }");

        Assert.Equal(4409, await client.ReceiveCloseAsync());
        Assert.Equal("Subscriber for same already exists", client.CloseDescription);
    }

    [Fact]
    public async Task Per_user_connection_limit_refuses_the_extra_connection()
    {
        await using var first = await WsClient.ConnectAndInitAsync(_host, "user:bob");
        await using var second = await WsClient.ConnectAsync(_host);

        await second.SendAsync(new { type = "connection_init", payload = new { token = "user:bob" } });

        Assert.Equal(4429, await second.ReceiveCloseAsync());
        Assert.Contains("connections", second.CloseDescription, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_subprotocol_closes_4406()
    {
        await using var client = await WsClient.ConnectAsync(_host, subProtocol: null);

        Assert.Equal(4406, await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task Expired_token_is_refused_with_4403()
    {
        await using var client = await WsClient.ConnectAsync(_host);
        var past = DateTimeOffset.UtcNow.AddMinutes(-1).ToUnixTimeSeconds();

        await client.SendAsync(new { type = "connection_init", payload = new { token = $"user:old:{past}" } });

        Assert.Equal(4403, await client.ReceiveCloseAsync());
    }
}
