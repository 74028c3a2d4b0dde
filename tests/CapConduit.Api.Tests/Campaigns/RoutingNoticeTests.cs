using System.Collections.Concurrent;
using CapConduit.Api.Tests.Clients;
using CapConduit.Api.Tests.Support;
using CapConduit.Telephony.ConfigChanges;
using CapConduit.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CapConduit.Api.Tests.Campaigns;

/// <summary>Committed changes that affect routing publish a config change notice, so routing reloads promptly.</summary>
public sealed class RoutingNoticeTests(CatalogFixture fx) : IClassFixture<CatalogFixture>
{
    [Fact]
    public async Task Client_did_campaign_and_link_changes_each_publish_a_routing_notice()
    {
        var notices = new ConcurrentQueue<ConfigChangeNotice>();
        var bus = fx.Api.Services.GetRequiredService<ConfigChangeBus>();
        await using var subscription = await bus.SubscribeAsync(n => { notices.Enqueue(n); return Task.CompletedTask; }, default);

        var (clientId, identifier) = await ClientOperations.CreateAsync(fx, "notice");
        await WaitForAsync(notices, $"client {identifier} created");

        var did = await fx.ExecuteAsync(fx.Alice, "mutation($input: CreateDidInput!) { createDid(input: $input) { did { number } errors { code } } }",
            new { input = new { number = CatalogSeed.NewNumber() } });
        await WaitForAsync(notices, $"DID {did.Payload("createDid").GetProperty("did").GetProperty("number").GetString()} created");

        var campaign = await fx.ExecuteAsync(fx.Alice, CampaignOperations.Create, new { input = new { name = $"N {Guid.NewGuid():N}", routingStrategy = "PRIORITY" } });
        var campaignId = campaign.Payload("createCampaign").GetProperty("campaign").GetProperty("id").GetString();
        await WaitForAsync(notices, $"campaign {campaignId} created");

        var link = await fx.ExecuteAsync(fx.Alice, CampaignOperations.AddLink, new { input = new { campaignId, clientId, maxConcurrency = 2 } });
        await WaitForAsync(notices, $"link {link.Payload("addCampaignClient").GetProperty("link").GetProperty("id").GetString()} added");

        Assert.All(notices, n => Assert.Equal(ConfigChangeNotice.Routing, n.Area));
    }

    private static Task WaitForAsync(ConcurrentQueue<ConfigChangeNotice> notices, string reason) =>
        Eventually.TrueAsync(() => notices.Any(n => n.Reason == reason), $"a routing notice '{reason}' is published", TimeSpan.FromSeconds(5));
}
