using CapConduit.Api.Tests.Clients;
using CapConduit.Api.Tests.Support;
using CapConduit.Persistence.Campaigns;
using Microsoft.EntityFrameworkCore;
using Snapshooter.Xunit;

namespace CapConduit.Api.Tests.Campaigns;

/// <summary>Campaign create/update/delete, DID replacement and the one-active-campaign-per-DID rule.</summary>
public sealed class CampaignTests(CatalogFixture fx) : IClassFixture<CatalogFixture>
{
    [Fact]
    public async Task A_seller_creates_a_campaign_with_defaults()
    {
        var name = $"Leads {Guid.NewGuid():N}";

        var response = await fx.ExecuteAsync(fx.Alice, CampaignOperations.Create,
            new { input = new { name, routingStrategy = "ROUND_ROBIN", description = "Support line" } });

        Assert.Empty(response.UserErrorCodes("createCampaign"));
        Snapshot.Match(response.Scrubbed().Replace(name, "<name>", StringComparison.Ordinal));
        await using var db = fx.CreateDbContext();
        var stored = await db.Campaigns.SingleAsync(c => c.Name == name);
        Assert.Equal(fx.Alice.Id, stored.OwnerId);
        Assert.Equal(30, stored.DialTimeoutSeconds);
        Assert.Equal(RoutingStrategyKind.RoundRobin, stored.RoutingStrategy);
    }

    [Fact]
    public async Task Campaign_names_are_unique_per_owner()
    {
        var name = $"Dup {Guid.NewGuid():N}";
        await fx.ExecuteAsync(fx.Alice, CampaignOperations.Create, new { input = new { name, routingStrategy = "PRIORITY" } });

        var again = await fx.ExecuteAsync(fx.Alice, CampaignOperations.Create, new { input = new { name, routingStrategy = "PRIORITY" } });
        var otherOwner = await fx.ExecuteAsync(fx.Bob, CampaignOperations.Create, new { input = new { name, routingStrategy = "PRIORITY" } });
        var other = await fx.CampaignAsync(fx.Alice);
        var rename = await fx.ExecuteAsync(fx.Alice, CampaignOperations.Update, new { input = new { id = other.Id, name } });

        Assert.Equal(["CAMPAIGN_NAME_TAKEN"], again.UserErrorCodes("createCampaign"));
        Assert.Empty(otherOwner.UserErrorCodes("createCampaign"));
        Assert.Equal(["CAMPAIGN_NAME_TAKEN"], rename.UserErrorCodes("updateCampaign"));
        await using var db = fx.CreateDbContext();
        Assert.Equal(other.Name, (await db.Campaigns.SingleAsync(c => c.Id == other.Id)).Name);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(301)]
    public async Task Dial_timeout_must_be_between_1_and_300(int seconds)
    {
        var campaign = await fx.CampaignAsync(fx.Alice);

        var create = await fx.ExecuteAsync(fx.Alice, CampaignOperations.Create,
            new { input = new { name = $"T {Guid.NewGuid():N}", routingStrategy = "WEIGHTED", dialTimeoutSeconds = seconds } });
        var update = await fx.ExecuteAsync(fx.Alice, CampaignOperations.Update, new { input = new { id = campaign.Id, dialTimeoutSeconds = seconds } });

        Assert.Equal(["INVALID_VALUE"], create.UserErrorCodes("createCampaign"));
        Assert.Equal(["INVALID_VALUE"], update.UserErrorCodes("updateCampaign"));
        await using var db = fx.CreateDbContext();
        Assert.Equal(25, (await db.Campaigns.SingleAsync(c => c.Id == campaign.Id)).DialTimeoutSeconds);
    }

    [Fact]
    public async Task Unknown_enum_values_are_refused_before_execution()
    {
        var response = await fx.ExecuteAsync(fx.Alice, CampaignOperations.Create,
            new { input = new { name = "Enum", routingStrategy = "RANDOM" } });
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", response.ErrorCode);
    }

    [Fact]
    public async Task An_admin_creates_campaigns_for_a_named_seller()
    {
        var name = $"Admin made {Guid.NewGuid():N}";

        var missing = await fx.ExecuteAsync(fx.Admin, CampaignOperations.Create, new { input = new { name, routingStrategy = "PRIORITY" } });
        var created = await fx.ExecuteAsync(fx.Admin, CampaignOperations.Create, new { input = new { name, routingStrategy = "PRIORITY", ownerId = fx.Bob.Id } });
        var staff = await fx.ExecuteAsync(fx.Staff, CampaignOperations.Create, new { input = new { name = name + "2", routingStrategy = "PRIORITY", ownerId = fx.Bob.Id } });

        Assert.Equal(["REQUIRED"], missing.UserErrorCodes("createCampaign"));
        Assert.Equal(fx.Bob.Username, created.Payload("createCampaign").GetProperty("campaign").GetProperty("ownerUsername").GetString());
        Assert.Equal("FORBIDDEN", staff.ErrorCode);
    }

    [Fact]
    public async Task SetCampaignDids_replaces_the_dids()
    {
        var (a, b, c) = (await fx.DidAsync(fx.Alice), await fx.DidAsync(fx.Alice), await fx.DidAsync(fx.Alice));
        var campaign = await fx.CampaignAsync(fx.Alice, CampaignStatus.Inactive, a, b);

        var response = await fx.ExecuteAsync(fx.Alice, CampaignOperations.SetDids, new { input = new { campaignId = campaign.Id, didIds = new[] { b.Id, c.Id } } });

        Assert.Empty(response.UserErrorCodes("setCampaignDids"));
        var numbers = response.Payload("setCampaignDids").GetProperty("campaign").GetProperty("dids").EnumerateArray().Select(d => d.GetProperty("number").GetString());
        Assert.Equal(new[] { b.Number, c.Number }.Order(StringComparer.Ordinal), numbers);
        await using var db = fx.CreateDbContext();
        Assert.Equal(new[] { b.Id, c.Id }.Order(), (await db.CampaignDids.Where(cd => cd.CampaignId == campaign.Id).Select(cd => cd.DidId).ToListAsync()).Order());
    }

    [Fact]
    public async Task SetCampaignDids_refuses_another_sellers_did_as_not_found_and_changes_nothing()
    {
        var mine = await fx.DidAsync(fx.Alice);
        var bobs = await fx.DidAsync(fx.Bob);
        var campaign = await fx.CampaignAsync(fx.Alice, CampaignStatus.Inactive, mine);

        var response = await fx.ExecuteAsync(fx.Alice, CampaignOperations.SetDids, new { input = new { campaignId = campaign.Id, didIds = new[] { bobs.Id } } });

        var error = Assert.Single(response.Payload("setCampaignDids").GetProperty("errors").EnumerateArray());
        Assert.Equal("NOT_FOUND", error.GetProperty("code").GetString());
        Assert.Equal("input.didIds.0", string.Join('.', error.GetProperty("field").EnumerateArray().Select(f => f.GetString())));
        await using var db = fx.CreateDbContext();
        Assert.Equal([mine.Id], await db.CampaignDids.Where(cd => cd.CampaignId == campaign.Id).Select(cd => cd.DidId).ToListAsync());
    }

    [Fact]
    public async Task A_did_cannot_join_a_second_active_campaign()
    {
        var did = await fx.DidAsync(fx.Alice);
        var first = await fx.CampaignAsync(fx.Alice, CampaignStatus.Active, did);
        var second = await fx.CampaignAsync(fx.Alice, CampaignStatus.Active);
        var inactive = await fx.CampaignAsync(fx.Alice, CampaignStatus.Inactive);

        var linkActive = await fx.ExecuteAsync(fx.Alice, CampaignOperations.SetDids, new { input = new { campaignId = second.Id, didIds = new[] { did.Id } } });
        var linkInactive = await fx.ExecuteAsync(fx.Alice, CampaignOperations.SetDids, new { input = new { campaignId = inactive.Id, didIds = new[] { did.Id } } });

        Assert.Equal(["DID_IN_ACTIVE_CAMPAIGN"], linkActive.UserErrorCodes("setCampaignDids"));
        Assert.Contains(first.Name, linkActive.ToString(), StringComparison.Ordinal);
        Assert.Empty(linkInactive.UserErrorCodes("setCampaignDids"));
        await using var db = fx.CreateDbContext();
        Assert.False(await db.CampaignDids.AnyAsync(cd => cd.CampaignId == second.Id));
    }

    [Fact]
    public async Task Activating_a_campaign_whose_did_is_in_another_active_campaign_fails()
    {
        var did = await fx.DidAsync(fx.Bob);
        await fx.CampaignAsync(fx.Bob, CampaignStatus.Active, did);
        var paused = await fx.CampaignAsync(fx.Bob, CampaignStatus.Paused, did);

        var response = await fx.ExecuteAsync(fx.Bob, CampaignOperations.Update, new { input = new { id = paused.Id, status = "ACTIVE", description = "go" } });
        var inactive = await fx.ExecuteAsync(fx.Bob, CampaignOperations.Update, new { input = new { id = paused.Id, status = "INACTIVE" } });

        var error = Assert.Single(response.Payload("updateCampaign").GetProperty("errors").EnumerateArray());
        Assert.Equal("DID_IN_ACTIVE_CAMPAIGN", error.GetProperty("code").GetString());
        Assert.Equal("input.status", string.Join('.', error.GetProperty("field").EnumerateArray().Select(f => f.GetString())));
        Assert.Empty(inactive.UserErrorCodes("updateCampaign"));
        await using var db = fx.CreateDbContext();
        var stored = await db.Campaigns.SingleAsync(c => c.Id == paused.Id);
        Assert.Equal(CampaignStatus.Inactive, stored.Status);
        Assert.Null(stored.Description);
    }

    [Fact]
    public async Task Update_changes_only_the_fields_given()
    {
        var campaign = await fx.CampaignAsync(fx.Alice);

        var response = await fx.ExecuteAsync(fx.Alice, CampaignOperations.Update, new { input = new { id = campaign.Id, routingStrategy = "WEIGHTED" } });

        var updated = response.Payload("updateCampaign").GetProperty("campaign");
        Assert.Equal("WEIGHTED", updated.GetProperty("routingStrategy").GetString());
        Assert.Equal(campaign.Name, updated.GetProperty("name").GetString());
        Assert.Equal(25, updated.GetProperty("dialTimeoutSeconds").GetInt32());
        Assert.Equal("ACTIVE", updated.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Deleting_a_campaign_removes_its_dids_and_links()
    {
        var did = await fx.DidAsync(fx.Alice);
        var campaign = await fx.CampaignAsync(fx.Alice, CampaignStatus.Active, did);
        var (clientId, _) = await ClientOperations.CreateAsync(fx, "campdel");
        await fx.LinkAsync(campaign, Guid.Parse(clientId));

        var response = await fx.ExecuteAsync(fx.Alice, CampaignOperations.Delete, new { input = new { id = campaign.Id } });

        Assert.Equal(campaign.Id.ToString(), response.Payload("deleteCampaign").GetProperty("deletedCampaignId").GetString());
        await using var db = fx.CreateDbContext();
        Assert.False(await db.Campaigns.AnyAsync(c => c.Id == campaign.Id));
        Assert.False(await db.CampaignClients.AnyAsync(l => l.CampaignId == campaign.Id));
        Assert.True(await db.Dids.AnyAsync(d => d.Id == did.Id));
    }

    [Fact]
    public async Task Campaigns_list_is_scoped_to_the_seller_and_filters_by_status()
    {
        var alices = await fx.CampaignAsync(fx.Alice, CampaignStatus.Paused);
        var bobs = await fx.CampaignAsync(fx.Bob, CampaignStatus.Paused);

        var alice = await fx.ExecuteAsync(fx.Alice, "{ campaigns(first: 100, status: PAUSED) { nodes { id status } } }");
        var staff = await fx.ExecuteAsync(fx.Staff, "{ campaigns(first: 100, status: PAUSED) { nodes { id } } }");

        Assert.Contains(alices.Id.ToString(), alice.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(bobs.Id.ToString(), alice.ToString(), StringComparison.Ordinal);
        Assert.All(alice.Data.GetProperty("campaigns").GetProperty("nodes").EnumerateArray(), n => Assert.Equal("PAUSED", n.GetProperty("status").GetString()));
        Assert.Contains(alices.Id.ToString(), staff.ToString(), StringComparison.Ordinal);
        Assert.Contains(bobs.Id.ToString(), staff.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ campaigns { totalCount } }")]
    [InlineData("{ dids { totalCount } }")]
    [InlineData("query { campaign(id: \"00000000-0000-0000-0000-000000000001\") { id } }")]
    [InlineData("query { did(id: \"00000000-0000-0000-0000-000000000001\") { id } }")]
    public async Task Anonymous_callers_cannot_read_dids_or_campaigns(string query)
    {
        var response = await fx.ExecuteAsync(null, query);
        Assert.Equal("UNAUTHENTICATED", response.ErrorCode);
    }

    [Fact]
    public async Task Staff_read_any_sellers_campaign_with_its_links_but_cannot_change_it()
    {
        var did = await fx.DidAsync(fx.Bob);
        var campaign = await fx.CampaignAsync(fx.Bob, CampaignStatus.Active, did);
        var (clientId, identifier) = await ClientOperations.CreateAsync(fx, "staffread");
        await fx.LinkAsync(campaign, Guid.Parse(clientId));

        var read = await fx.ExecuteAsync(fx.Staff, "query($id: ID!) { campaign(id: $id) { name dids { number } links { client { identifier } } } }", new { id = campaign.Id });
        var update = await fx.ExecuteAsync(fx.Staff, CampaignOperations.Update, new { input = new { id = campaign.Id, status = "PAUSED" } });
        var delete = await fx.ExecuteAsync(fx.Staff, CampaignOperations.Delete, new { input = new { id = campaign.Id } });
        var setDids = await fx.ExecuteAsync(fx.Staff, CampaignOperations.SetDids, new { input = new { campaignId = campaign.Id, didIds = Array.Empty<Guid>() } });

        Assert.Contains(identifier, read.ToString(), StringComparison.Ordinal);
        Assert.Equal(did.Number, read.Data.GetProperty("campaign").GetProperty("dids")[0].GetProperty("number").GetString());
        Assert.Equal(("FORBIDDEN", "FORBIDDEN", "FORBIDDEN"), (update.ErrorCode, delete.ErrorCode, setDids.ErrorCode));
        await using var db = fx.CreateDbContext();
        Assert.Equal(CampaignStatus.Active, (await db.Campaigns.SingleAsync(c => c.Id == campaign.Id)).Status);
        Assert.True(await db.CampaignDids.AnyAsync(cd => cd.CampaignId == campaign.Id));
    }
}
