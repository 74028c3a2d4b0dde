using CapConduit.Api.Tests.Clients;
using CapConduit.Api.Tests.Support;
using CapConduit.Persistence.Campaigns;
using Microsoft.EntityFrameworkCore;
using Snapshooter.Xunit;

namespace CapConduit.Api.Tests.Campaigns;

/// <summary>Campaign-client links: add, update, remove, rules, wrong-campaign ids and the audited usage reset.</summary>
public sealed class CampaignClientTests(CatalogFixture fx) : IClassFixture<CatalogFixture>
{
    [Fact]
    public async Task A_seller_links_an_available_client_with_caps()
    {
        var campaign = await fx.CampaignAsync(fx.Alice);
        var (clientId, identifier) = await ClientOperations.CreateAsync(fx, "linkme");

        var response = await fx.ExecuteAsync(fx.Alice, CampaignOperations.AddLink, new
        {
            input = new { campaignId = campaign.Id, clientId, maxConcurrency = 10, totalCallsAllowed = 5000, priority = 1, weight = 70 },
        });

        Assert.Empty(response.UserErrorCodes("addCampaignClient"));
        Snapshot.Match(response.Scrubbed().Replace(identifier, "<identifier>", StringComparison.Ordinal));
        await using var db = fx.CreateDbContext();
        var link = await db.CampaignClients.SingleAsync(l => l.CampaignId == campaign.Id);
        Assert.Equal((10, 5000, 1, 70, LinkStatus.Active, 0), (link.MaxConcurrency, link.TotalCallsAllowed!.Value, link.Priority, link.Weight, link.Status, link.TotalCallsUsed));
    }

    public static TheoryData<string, int?, int?, int?, string> InvalidLinks => new()
    {
        { "maxConcurrency", 0, null, null, "input.maxConcurrency" },
        { "totalCallsAllowed", 1, -1, null, "input.totalCallsAllowed" },
        { "weight low", 1, null, 0, "input.weight" },
        { "weight high", 1, null, 1001, "input.weight" },
    };

    [Theory]
    [MemberData(nameof(InvalidLinks))]
    public async Task Link_ranges_are_checked(string because, int? maxConcurrency, int? totalCallsAllowed, int? weight, string field)
    {
        var campaign = await fx.CampaignAsync(fx.Alice);
        var (clientId, _) = await ClientOperations.CreateAsync(fx, "range");

        var response = await fx.ExecuteAsync(fx.Alice, CampaignOperations.AddLink, new
        {
            input = new { campaignId = campaign.Id, clientId, maxConcurrency, totalCallsAllowed, weight = weight ?? 10 },
        });

        var error = Assert.Single(response.Payload("addCampaignClient").GetProperty("errors").EnumerateArray());
        Assert.True("INVALID_VALUE" == error.GetProperty("code").GetString(), because);
        Assert.Equal(field, string.Join('.', error.GetProperty("field").EnumerateArray().Select(f => f.GetString())));
        await using var db = fx.CreateDbContext();
        Assert.False(await db.CampaignClients.AnyAsync(l => l.CampaignId == campaign.Id));
    }

    [Fact]
    public async Task Negative_priority_is_refused_on_update_and_nothing_changes()
    {
        var campaign = await fx.CampaignAsync(fx.Alice);
        var (clientId, _) = await ClientOperations.CreateAsync(fx, "prio");
        var link = await fx.LinkAsync(campaign, Guid.Parse(clientId), priority: 3);

        var response = await fx.ExecuteAsync(fx.Alice, CampaignOperations.UpdateLink,
            new { input = new { campaignId = campaign.Id, linkId = link.Id, priority = -1, weight = 500 } });

        Assert.Equal(["INVALID_VALUE"], response.UserErrorCodes("updateCampaignClient"));
        await using var db = fx.CreateDbContext();
        var stored = await db.CampaignClients.SingleAsync(l => l.Id == link.Id);
        Assert.Equal((3, 10), (stored.Priority, stored.Weight));
    }

    [Fact]
    public async Task A_client_is_linked_once_per_campaign()
    {
        var campaign = await fx.CampaignAsync(fx.Alice);
        var (clientId, _) = await ClientOperations.CreateAsync(fx, "once");
        await fx.LinkAsync(campaign, Guid.Parse(clientId));

        var response = await fx.ExecuteAsync(fx.Alice, CampaignOperations.AddLink,
            new { input = new { campaignId = campaign.Id, clientId, maxConcurrency = 1 } });

        Assert.Equal(["LINK_EXISTS"], response.UserErrorCodes("addCampaignClient"));
    }

    [Fact]
    public async Task Sellers_cannot_link_unknown_or_inactive_clients()
    {
        var campaign = await fx.CampaignAsync(fx.Alice);
        var (inactiveId, _) = await ClientOperations.CreateAsync(fx, "sleepy", status: "INACTIVE");

        var unknown = await fx.ExecuteAsync(fx.Alice, CampaignOperations.AddLink,
            new { input = new { campaignId = campaign.Id, clientId = Guid.NewGuid(), maxConcurrency = 1 } });
        var inactive = await fx.ExecuteAsync(fx.Alice, CampaignOperations.AddLink,
            new { input = new { campaignId = campaign.Id, clientId = inactiveId, maxConcurrency = 1 } });

        Assert.Equal(["NOT_FOUND"], unknown.UserErrorCodes("addCampaignClient"));
        Assert.Equal(["NOT_FOUND"], inactive.UserErrorCodes("addCampaignClient"));
    }

    [Fact]
    public async Task Update_changes_only_the_fields_given_and_null_total_means_unlimited()
    {
        var campaign = await fx.CampaignAsync(fx.Bob);
        var (clientId, _) = await ClientOperations.CreateAsync(fx, "upd");
        var link = await fx.LinkAsync(campaign, Guid.Parse(clientId), priority: 2);

        var response = await fx.ExecuteAsync(fx.Bob, CampaignOperations.UpdateLink,
            new { input = new { campaignId = campaign.Id, linkId = link.Id, totalCallsAllowed = (int?)null, status = "INACTIVE" } });

        var updated = response.Payload("updateCampaignClient").GetProperty("link");
        Assert.Equal(System.Text.Json.JsonValueKind.Null, updated.GetProperty("totalCallsAllowed").ValueKind);
        Assert.Equal("INACTIVE", updated.GetProperty("status").GetString());
        Assert.Equal(2, updated.GetProperty("priority").GetInt32());
        Assert.Equal(5, updated.GetProperty("maxConcurrency").GetInt32());
    }

    [Fact]
    public async Task A_link_addressed_through_the_wrong_campaign_is_not_found()
    {
        var campaign = await fx.CampaignAsync(fx.Alice);
        var other = await fx.CampaignAsync(fx.Alice);
        var (clientId, _) = await ClientOperations.CreateAsync(fx, "wrong");
        var link = await fx.LinkAsync(campaign, Guid.Parse(clientId), totalCallsUsed: 7);
        var wrong = new { campaignId = other.Id, linkId = link.Id };

        var update = await fx.ExecuteAsync(fx.Alice, CampaignOperations.UpdateLink, new { input = new { wrong.campaignId, wrong.linkId, priority = 9 } });
        var remove = await fx.ExecuteAsync(fx.Alice, CampaignOperations.RemoveLink, new { input = wrong });
        var reset = await fx.ExecuteAsync(fx.Alice, CampaignOperations.ResetUsage, new { input = wrong });

        Assert.Equal(["NOT_FOUND"], update.UserErrorCodes("updateCampaignClient"));
        Assert.Equal(["NOT_FOUND"], remove.UserErrorCodes("removeCampaignClient"));
        Assert.Equal(["NOT_FOUND"], reset.UserErrorCodes("resetCampaignClientUsage"));
        await using var db = fx.CreateDbContext();
        var stored = await db.CampaignClients.SingleAsync(l => l.Id == link.Id);
        Assert.Equal((0, 7), (stored.Priority, stored.TotalCallsUsed));
    }

    [Fact]
    public async Task Remove_deletes_the_link()
    {
        var campaign = await fx.CampaignAsync(fx.Alice);
        var (clientId, _) = await ClientOperations.CreateAsync(fx, "rm");
        var link = await fx.LinkAsync(campaign, Guid.Parse(clientId));

        var response = await fx.ExecuteAsync(fx.Alice, CampaignOperations.RemoveLink, new { input = new { campaignId = campaign.Id, linkId = link.Id } });

        Assert.Equal(link.Id.ToString(), response.Payload("removeCampaignClient").GetProperty("removedLinkId").GetString());
        await using var db = fx.CreateDbContext();
        Assert.False(await db.CampaignClients.AnyAsync(l => l.Id == link.Id));
    }

    [Fact]
    public async Task Reset_usage_zeroes_the_counter_in_postgres_and_redis_and_writes_an_audit_row()
    {
        var campaign = await fx.CampaignAsync(fx.Alice);
        var (clientId, _) = await ClientOperations.CreateAsync(fx, "reset");
        var link = await fx.LinkAsync(campaign, Guid.Parse(clientId), totalCallsUsed: 42);
        var usedKey = $"{{{fx.KeyPrefix}link:{link.Id:N}}}:used";
        await fx.Redis.GetDatabase().StringSetAsync(usedKey, 42);

        var response = await fx.ExecuteAsync(fx.Alice, CampaignOperations.ResetUsage, new { input = new { campaignId = campaign.Id, linkId = link.Id } });

        Assert.Equal(0, response.Payload("resetCampaignClientUsage").GetProperty("link").GetProperty("totalCallsUsed").GetInt32());
        Assert.Equal(0, (int)await fx.Redis.GetDatabase().StringGetAsync(usedKey));
        await using var db = fx.CreateDbContext();
        Assert.Equal(0, (await db.CampaignClients.SingleAsync(l => l.Id == link.Id)).TotalCallsUsed);
        var audit = await db.CampaignClientUsageResets.SingleAsync(r => r.LinkId == link.Id);
        Assert.Equal((42, fx.Alice.Id), (audit.PreviousTotalCallsUsed, audit.ResetById!.Value));
    }

    [Fact]
    public async Task Staff_cannot_reset_usage_or_change_links_but_admins_can()
    {
        var campaign = await fx.CampaignAsync(fx.Bob);
        var (clientId, _) = await ClientOperations.CreateAsync(fx, "staffreset");
        var link = await fx.LinkAsync(campaign, Guid.Parse(clientId), totalCallsUsed: 3);
        var input = new { campaignId = campaign.Id, linkId = link.Id };

        var staffReset = await fx.ExecuteAsync(fx.Staff, CampaignOperations.ResetUsage, new { input });
        var staffUpdate = await fx.ExecuteAsync(fx.Staff, CampaignOperations.UpdateLink, new { input = new { input.campaignId, input.linkId, weight = 999 } });
        var anonymous = await fx.ExecuteAsync(null, CampaignOperations.ResetUsage, new { input });
        await using (var db = fx.CreateDbContext())
        {
            Assert.Equal("FORBIDDEN", staffReset.ErrorCode);
            Assert.Equal("FORBIDDEN", staffUpdate.ErrorCode);
            Assert.Equal("UNAUTHENTICATED", anonymous.ErrorCode);
            var stored = await db.CampaignClients.SingleAsync(l => l.Id == link.Id);
            Assert.Equal((3, 10), (stored.TotalCallsUsed, stored.Weight));
            Assert.False(await db.CampaignClientUsageResets.AnyAsync(r => r.LinkId == link.Id));
        }

        var adminReset = await fx.ExecuteAsync(fx.Admin, CampaignOperations.ResetUsage, new { input });

        Assert.Empty(adminReset.UserErrorCodes("resetCampaignClientUsage"));
        await using var after = fx.CreateDbContext();
        Assert.Equal(fx.Admin.Id, (await after.CampaignClientUsageResets.SingleAsync(r => r.LinkId == link.Id)).ResetById);
    }
}
