using CapConduit.Api.Tests.Support;
using CapConduit.Persistence.Users;
using CapConduit.Telephony.LiveEvents;
using CapConduit.Testing;
using static CapConduit.Api.Tests.LiveEvents.LiveEventFactory;

namespace CapConduit.Api.Tests.LiveEvents;

public sealed class CallEventSubscriptionTests(PostgresFixture postgres, RedisFixture redis)
    : IClassFixture<PostgresFixture>, IClassFixture<RedisFixture>
{
    [Fact]
    public async Task A_published_event_reaches_the_seller_with_every_field()
    {
        var alice = await TestUsers.AddAsync(postgres, TestUsers.Unique("alice"), UserRole.Seller);
        await using var host = LiveEventsHost.Start(postgres, redis);
        await using var socket = await host.ConnectAsync(alice);
        await socket.SubscribeCallEventsAsync("1");
        await host.SubscribersAttachedAsync(1);
        var campaign = Guid.NewGuid();
        var client = Guid.NewGuid();

        var sent = Event(LiveEventType.AttemptFailed, "call-fields", alice.Id, campaign, client, "BUSY");
        Assert.True(await host.Publisher.PublishAsync(sent, CancellationToken.None));

        var received = await socket.ReceiveEventAsync();
        Assert.Equal("ATTEMPT_FAILED", received.GetProperty("type").GetString());
        Assert.Equal("call-fields", received.GetProperty("callId").GetString());
        Assert.Equal(sent.OccurredAt, received.GetProperty("occurredAt").GetDateTimeOffset());
        Assert.Equal(alice.Id.ToString(), received.GetProperty("sellerId").GetString());
        Assert.Equal(campaign.ToString(), received.GetProperty("campaignId").GetString());
        Assert.Equal(sent.CampaignName, received.GetProperty("campaignName").GetString());
        Assert.Equal("+18005550101", received.GetProperty("didNumber").GetString());
        Assert.Equal(client.ToString(), received.GetProperty("clientId").GetString());
        Assert.Equal(sent.ClientName, received.GetProperty("clientName").GetString());
        Assert.Equal("BUSY", received.GetProperty("outcome").GetString());
    }

    [Fact]
    public async Task Alice_never_receives_bobs_events_under_load_while_staff_receive_all()
    {
        var alice = await TestUsers.AddAsync(postgres, TestUsers.Unique("alice"), UserRole.Seller);
        var bob = await TestUsers.AddAsync(postgres, TestUsers.Unique("bob"), UserRole.Seller);
        var staff = await TestUsers.AddAsync(postgres, TestUsers.Unique("staff"), UserRole.Staff);
        await using var host = LiveEventsHost.Start(postgres, redis);
        await using var aliceSocket = await host.ConnectAsync(alice);
        await using var bobSocket = await host.ConnectAsync(bob);
        await using var staffSocket = await host.ConnectAsync(staff);
        await aliceSocket.SubscribeCallEventsAsync("a");
        await bobSocket.SubscribeCallEventsAsync("b");
        await staffSocket.SubscribeCallEventsAsync("s");
        await host.SubscribersAttachedAsync(3);

        const int perSeller = 150;
        var publishes = Enumerable.Range(0, perSeller).SelectMany(i => new[]
        {
            host.Publisher.PublishAsync(Event(LiveEventType.CallStarted, $"alice-{i}", alice.Id), CancellationToken.None),
            host.Publisher.PublishAsync(Event(LiveEventType.CallStarted, $"bob-{i}", bob.Id), CancellationToken.None),
            host.Publisher.PublishAsync(Event(LiveEventType.CallRejected, $"nobody-{i}", null, outcome: "DID_NOT_FOUND"), CancellationToken.None),
        });
        Assert.All(await Task.WhenAll(publishes), Assert.True);
        // A last event each marks the end of the stream, so "nothing else arrived" is checked, not assumed.
        await host.Publisher.PublishAsync(Event(LiveEventType.CallEnded, "alice-end", alice.Id), CancellationToken.None);
        await host.Publisher.PublishAsync(Event(LiveEventType.CallEnded, "bob-end", bob.Id), CancellationToken.None);

        var aliceCalls = await ReadUntilAsync(aliceSocket, "alice-end");
        var bobCalls = await ReadUntilAsync(bobSocket, "bob-end");
        var staffCalls = await ReadCountAsync(staffSocket, (perSeller * 3) + 2);

        Assert.Equal(perSeller + 1, aliceCalls.Count);
        Assert.All(aliceCalls, c => Assert.StartsWith("alice-", c, StringComparison.Ordinal));
        Assert.Equal(perSeller + 1, bobCalls.Count);
        Assert.All(bobCalls, c => Assert.StartsWith("bob-", c, StringComparison.Ordinal));
        Assert.Equal(perSeller, staffCalls.Count(c => c.StartsWith("nobody-", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Staff_filter_by_seller_campaign_and_event_type()
    {
        var alice = await TestUsers.AddAsync(postgres, TestUsers.Unique("alice"), UserRole.Seller);
        var bob = await TestUsers.AddAsync(postgres, TestUsers.Unique("bob"), UserRole.Seller);
        var admin = await TestUsers.AddAsync(postgres, TestUsers.Unique("admin"), UserRole.Admin);
        var campaign = Guid.NewGuid();
        await using var host = LiveEventsHost.Start(postgres, redis);
        await using var socket = await host.ConnectAsync(admin);
        await socket.SubscribeCallEventsAsync("bySeller", new { sellerIds = new[] { bob.Id } });
        await socket.SubscribeCallEventsAsync("byCampaign", new { campaignIds = new[] { campaign } });
        await socket.SubscribeCallEventsAsync("byType", new { types = new[] { "CALL_ANSWERED" } });
        await host.SubscribersAttachedAsync(3);

        await host.Publisher.PublishAsync(Event(LiveEventType.CallStarted, "alice-other", alice.Id, Guid.NewGuid()), CancellationToken.None);
        await host.Publisher.PublishAsync(Event(LiveEventType.CallStarted, "alice-campaign", alice.Id, campaign), CancellationToken.None);
        await host.Publisher.PublishAsync(Event(LiveEventType.CallStarted, "bob-start", bob.Id, Guid.NewGuid()), CancellationToken.None);
        await host.Publisher.PublishAsync(Event(LiveEventType.CallAnswered, "bob-answer", bob.Id, Guid.NewGuid()), CancellationToken.None);

        var byOperation = new Dictionary<string, List<string>> { ["bySeller"] = [], ["byCampaign"] = [], ["byType"] = [] };
        for (var i = 0; i < 4; i++)
        {
            var message = (await socket.ReceiveAsync())!.Value;
            Assert.Equal("next", message.GetProperty("type").GetString());
            byOperation[message.GetProperty("id").GetString()!].Add(
                message.GetProperty("payload").GetProperty("data").GetProperty("callEvents").GetProperty("callId").GetString()!);
        }

        Assert.Equal(["bob-start", "bob-answer"], byOperation["bySeller"]);
        Assert.Equal(["alice-campaign"], byOperation["byCampaign"]);
        Assert.Equal(["bob-answer"], byOperation["byType"]);
    }

    [Fact]
    public async Task A_seller_may_not_filter_by_another_seller()
    {
        var alice = await TestUsers.AddAsync(postgres, TestUsers.Unique("alice"), UserRole.Seller);
        await using var host = LiveEventsHost.Start(postgres, redis);
        await using var socket = await host.ConnectAsync(alice);

        await socket.SubscribeCallEventsAsync("1", new { sellerIds = new[] { Guid.NewGuid() } });

        // The source stream could not be created: one result carrying the error, then complete (GraphQL spec,
        // CreateSourceEventStream raises a field error).
        var message = (await socket.ReceiveAsync())!.Value;
        Assert.Equal("next", message.GetProperty("type").GetString());
        var error = message.GetProperty("payload").GetProperty("errors")[0];
        Assert.Equal("FORBIDDEN", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("complete", (await socket.ReceiveAsync())!.Value.GetProperty("type").GetString());
    }

    [Fact]
    public async Task Subscribing_without_a_user_is_refused_at_connection_init()
    {
        await using var host = LiveEventsHost.Start(postgres, redis);
        await using var socket = await LiveWsClient.ConnectAsync(host.Api);

        await socket.SendAsync(new { type = "connection_init", payload = new Dictionary<string, string> { ["Authorization"] = "Bearer not-a-token" } });

        Assert.Equal(4403, await socket.ReceiveCloseAsync());
    }

    [Fact]
    public async Task Completing_a_subscription_detaches_it_from_the_hub()
    {
        var staff = await TestUsers.AddAsync(postgres, TestUsers.Unique("staff"), UserRole.Staff);
        await using var host = LiveEventsHost.Start(postgres, redis);
        await using var socket = await host.ConnectAsync(staff);
        await socket.SubscribeCallEventsAsync("1");
        await host.SubscribersAttachedAsync(1);

        await socket.SendAsync(new { id = "1", type = "complete" });

        await host.SubscribersAttachedAsync(0);
    }

    private static async Task<List<string>> ReadUntilAsync(LiveWsClient socket, string lastCallId)
    {
        var calls = new List<string>();
        while (calls.Count == 0 || calls[^1] != lastCallId)
            calls.Add((await socket.ReceiveEventAsync()).GetProperty("callId").GetString()!);
        return calls;
    }

    private static async Task<List<string>> ReadCountAsync(LiveWsClient socket, int count)
    {
        var calls = new List<string>();
        while (calls.Count < count)
            calls.Add((await socket.ReceiveEventAsync()).GetProperty("callId").GetString()!);
        return calls;
    }
}
