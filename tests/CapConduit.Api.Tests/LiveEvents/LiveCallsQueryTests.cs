using System.Text.Json;
using CapConduit.Api.Tests.Support;
using CapConduit.Persistence.Campaigns;
using CapConduit.Persistence.Clients;
using CapConduit.Persistence.Users;
using CapConduit.Telephony.Caps;
using CapConduit.Telephony.LiveEvents;
using CapConduit.Testing;
using Microsoft.Extensions.DependencyInjection;
using static CapConduit.Api.Tests.LiveEvents.LiveEventFactory;

namespace CapConduit.Api.Tests.LiveEvents;

public sealed class LiveCallsQueryTests(PostgresFixture postgres, RedisFixture redis)
    : IClassFixture<PostgresFixture>, IClassFixture<RedisFixture>
{
    private const string Query = """
        query Live($campaignId: ID) {
          liveCalls(campaignId: $campaignId) {
            readAt
            calls { callId state startedAt updatedAt connectedAt sellerId campaignId campaignName didNumber clientId clientName }
            links { linkId campaignId campaignName clientId clientName status liveCalls pendingCalls maxConcurrency totalCallsUsed totalCallsAllowed }
          }
        }
        """;

    [Fact]
    public async Task Calls_follow_their_events_and_sellers_see_only_their_own_calls_and_links()
    {
        var alice = await TestUsers.AddAsync(postgres, TestUsers.Unique("alice"), UserRole.Seller);
        var bob = await TestUsers.AddAsync(postgres, TestUsers.Unique("bob"), UserRole.Seller);
        var staff = await TestUsers.AddAsync(postgres, TestUsers.Unique("staff"), UserRole.Staff);
        var client = await AddClientAsync();
        var aliceLink = await AddLinkAsync(alice, client, maxConcurrency: 3, allowed: 10, used: 2);
        var bobLink = await AddLinkAsync(bob, client, maxConcurrency: 5, allowed: null, used: 0);
        await using var host = LiveEventsHost.Start(postgres, redis);
        var slots = host.Api.Services.GetRequiredService<SlotStore>();
        Assert.True((await slots.TryAcquireAsync(new SlotRequest(aliceLink.Id, "alice-1", 3, 10, 2), CancellationToken.None)).Granted);

        await Publish(host, Event(LiveEventType.CallStarted, "alice-1", alice.Id, aliceLink.CampaignId));
        await Publish(host, Event(LiveEventType.AttemptStarted, "alice-1", alice.Id, aliceLink.CampaignId, client.Id));
        await Publish(host, Event(LiveEventType.CallAnswered, "alice-1", alice.Id, aliceLink.CampaignId, client.Id, "ANSWERED"));
        await Publish(host, Event(LiveEventType.CallStarted, "alice-2", alice.Id, aliceLink.CampaignId));
        await Publish(host, Event(LiveEventType.AttemptStarted, "alice-2", alice.Id, aliceLink.CampaignId, client.Id));
        await Publish(host, Event(LiveEventType.CallStarted, "alice-rejected", alice.Id, aliceLink.CampaignId));
        await Publish(host, Event(LiveEventType.CallRejected, "alice-rejected", alice.Id, aliceLink.CampaignId, outcome: "NO_ELIGIBLE_CLIENT"));
        await Publish(host, Event(LiveEventType.CallStarted, "bob-1", bob.Id, bobLink.CampaignId));
        await Publish(host, Event(LiveEventType.CallRejected, "unknown-did", null, outcome: "DID_NOT_FOUND"));
        await Publish(host, Event(LiveEventType.CallStarted, "unknown-did-2", null));

        var asAlice = await LiveCallsAsync(host, alice);
        var calls = asAlice.GetProperty("calls").EnumerateArray().ToList();
        Assert.Equal(["alice-1", "alice-2"], calls.Select(c => c.GetProperty("callId").GetString()));
        Assert.Equal("CONNECTED", calls[0].GetProperty("state").GetString());
        Assert.Equal(client.Id.ToString(), calls[0].GetProperty("clientId").GetString());
        Assert.NotEqual(JsonValueKind.Null, calls[0].GetProperty("connectedAt").ValueKind);
        Assert.Equal("RINGING", calls[1].GetProperty("state").GetString());
        Assert.Equal(client.Id.ToString(), calls[1].GetProperty("clientId").GetString());
        Assert.Equal(JsonValueKind.Null, calls[1].GetProperty("connectedAt").ValueKind);
        var link = Assert.Single(asAlice.GetProperty("links").EnumerateArray());
        Assert.Equal(aliceLink.Id.ToString(), link.GetProperty("linkId").GetString());
        Assert.Equal(1, link.GetProperty("liveCalls").GetInt32());
        Assert.Equal(3, link.GetProperty("maxConcurrency").GetInt32());
        Assert.Equal(2, link.GetProperty("totalCallsUsed").GetInt32());
        Assert.Equal(10, link.GetProperty("totalCallsAllowed").GetInt32());
        Assert.Equal("ACTIVE", link.GetProperty("status").GetString());

        var asStaff = await LiveCallsAsync(host, staff);
        Assert.Equal(
            ["alice-1", "alice-2", "bob-1", "unknown-did-2"],
            asStaff.GetProperty("calls").EnumerateArray().Select(c => c.GetProperty("callId").GetString()));
        Assert.Equal(2, asStaff.GetProperty("links").GetArrayLength());

        await Publish(host, Event(LiveEventType.AttemptFailed, "alice-2", alice.Id, aliceLink.CampaignId, client.Id, "BUSY"));
        await Publish(host, Event(LiveEventType.CallEnded, "alice-1", alice.Id, aliceLink.CampaignId, client.Id, "ANSWERED"));
        var after = (await LiveCallsAsync(host, alice)).GetProperty("calls").EnumerateArray().ToList();
        var remaining = Assert.Single(after);
        Assert.Equal("alice-2", remaining.GetProperty("callId").GetString());
        Assert.Equal("ROUTING", remaining.GetProperty("state").GetString());
        Assert.Equal(JsonValueKind.Null, remaining.GetProperty("clientId").ValueKind);
    }

    [Fact]
    public async Task The_campaign_argument_narrows_calls_and_links()
    {
        var alice = await TestUsers.AddAsync(postgres, TestUsers.Unique("alice"), UserRole.Seller);
        var client = await AddClientAsync();
        var first = await AddLinkAsync(alice, client, 1, null, 0);
        var second = await AddLinkAsync(alice, client, 1, null, 0);
        await using var host = LiveEventsHost.Start(postgres, redis);
        await Publish(host, Event(LiveEventType.CallStarted, "in-first", alice.Id, first.CampaignId));
        await Publish(host, Event(LiveEventType.CallStarted, "in-second", alice.Id, second.CampaignId));

        var live = await LiveCallsAsync(host, alice, second.CampaignId);

        Assert.Equal("in-second", Assert.Single(live.GetProperty("calls").EnumerateArray()).GetProperty("callId").GetString());
        Assert.Equal(second.Id.ToString(), Assert.Single(live.GetProperty("links").EnumerateArray()).GetProperty("linkId").GetString());
    }

    [Fact]
    public async Task Without_a_token_the_query_is_unauthenticated()
    {
        await using var host = LiveEventsHost.Start(postgres, redis);

        using var body = await host.Api.Client().PostAsync(Query);

        Assert.Equal("UNAUTHENTICATED", body.RootElement.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    private static async Task Publish(LiveEventsHost host, LiveEvent liveEvent) =>
        Assert.True(await host.Publisher.PublishAsync(liveEvent, CancellationToken.None));

    private static async Task<JsonElement> LiveCallsAsync(LiveEventsHost host, User viewer, Guid? campaignId = null)
    {
        using var body = await host.Api.Client().PostAsync(Query, new { campaignId }, host.TokenFor(viewer));
        Assert.False(body.RootElement.TryGetProperty("errors", out var errors), errors.ToString());
        return body.RootElement.GetProperty("data").GetProperty("liveCalls").Clone();
    }

    private async Task<Client> AddClientAsync()
    {
        var now = DateTimeOffset.UtcNow;
        var client = new Client
        {
            Id = Guid.CreateVersion7(now),
            Identifier = TestUsers.Unique("client"),
            Name = "Live Client",
            Status = ClientStatus.Active,
            CreatedAt = now,
            UpdatedAt = now,
        };
        await using var db = postgres.CreateDbContext();
        db.Clients.Add(client);
        await db.SaveChangesAsync();
        return client;
    }

    private async Task<CampaignClient> AddLinkAsync(User owner, Client client, int maxConcurrency, int? allowed, int used)
    {
        var now = DateTimeOffset.UtcNow;
        var campaign = new Campaign
        {
            Id = Guid.CreateVersion7(now),
            OwnerId = owner.Id,
            Name = TestUsers.Unique("campaign"),
            Status = CampaignStatus.Active,
            RoutingStrategy = RoutingStrategyKind.Priority,
            DialTimeoutSeconds = 20,
            CreatedAt = now,
            UpdatedAt = now,
        };
        var link = new CampaignClient
        {
            Id = Guid.CreateVersion7(now),
            CampaignId = campaign.Id,
            ClientId = client.Id,
            Status = LinkStatus.Active,
            MaxConcurrency = maxConcurrency,
            TotalCallsAllowed = allowed,
            TotalCallsUsed = used,
            Priority = 0,
            Weight = 1,
            CreatedAt = now,
            UpdatedAt = now,
        };
        await using var db = postgres.CreateDbContext();
        db.Campaigns.Add(campaign);
        db.CampaignClients.Add(link);
        await db.SaveChangesAsync();
        return link;
    }
}
