using System.Text.Json;
using CapConduit.Api.Tests.Clients;
using CapConduit.Api.Tests.Support;
using CapConduit.Persistence.Campaigns;
using CapConduit.Persistence.Dids;
using Microsoft.EntityFrameworkCore;

namespace CapConduit.Api.Tests.Campaigns;

/// <summary>Every seller operation against another seller's DID, campaign or link reads as not found and changes nothing.</summary>
public sealed class OwnershipMatrixTests(CatalogFixture fx) : IClassFixture<CatalogFixture>
{
    private sealed record BobsObjects(Did Did, Campaign Campaign, CampaignClient Link, Guid ClientId, Did AlicesDid, Campaign AlicesCampaign);

    public static TheoryData<string> Operations => new()
    {
        "did", "campaign", "updateDid", "deleteDid", "updateCampaign", "deleteCampaign", "setCampaignDids",
        "setCampaignDidsWithForeignDid", "addCampaignClient", "updateCampaignClient", "removeCampaignClient", "resetCampaignClientUsage",
    };

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task A_seller_cannot_see_or_change_another_sellers_objects(string operation)
    {
        var bob = await SeedAsync();
        var before = await StateAsync(bob);

        var response = await RunAsAliceAsync(operation, bob);

        Assert.True(response.ErrorCode is null, response.ToString());
        var field = response.Data.EnumerateObject().Single();
        if (field.Value.ValueKind == JsonValueKind.Null)
        {
            Assert.True(operation is "did" or "campaign", $"{operation} returned null instead of a payload");
        }
        else
        {
            var codes = field.Value.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("code").GetString());
            Assert.Equal(["NOT_FOUND"], codes);
        }
        Assert.Equal(before, await StateAsync(bob));
    }

    private Task<GraphQLResponse> RunAsAliceAsync(string operation, BobsObjects bob)
    {
        var link = new { campaignId = bob.Campaign.Id, linkId = bob.Link.Id };
        return operation switch
        {
            "did" => fx.ExecuteAsync(fx.Alice, "query($id: ID!) { did(id: $id) { id } }", new { id = bob.Did.Id }),
            "campaign" => fx.ExecuteAsync(fx.Alice, "query($id: ID!) { campaign(id: $id) { id } }", new { id = bob.Campaign.Id }),
            "updateDid" => fx.ExecuteAsync(fx.Alice, "mutation($input: UpdateDidInput!) { updateDid(input: $input) { errors { code } } }",
                new { input = new { id = bob.Did.Id, status = "INACTIVE" } }),
            "deleteDid" => fx.ExecuteAsync(fx.Alice, "mutation($input: DeleteDidInput!) { deleteDid(input: $input) { errors { code } } }",
                new { input = new { id = bob.Did.Id } }),
            "updateCampaign" => fx.ExecuteAsync(fx.Alice, CampaignOperations.Update, new { input = new { id = bob.Campaign.Id, name = "Taken over" } }),
            "deleteCampaign" => fx.ExecuteAsync(fx.Alice, CampaignOperations.Delete, new { input = new { id = bob.Campaign.Id } }),
            "setCampaignDids" => fx.ExecuteAsync(fx.Alice, CampaignOperations.SetDids, new { input = new { campaignId = bob.Campaign.Id, didIds = Array.Empty<Guid>() } }),
            "setCampaignDidsWithForeignDid" => fx.ExecuteAsync(fx.Alice, CampaignOperations.SetDids,
                new { input = new { campaignId = bob.AlicesCampaign.Id, didIds = new[] { bob.Did.Id } } }),
            "addCampaignClient" => fx.ExecuteAsync(fx.Alice, CampaignOperations.AddLink,
                new { input = new { campaignId = bob.Campaign.Id, clientId = bob.ClientId, maxConcurrency = 1 } }),
            "updateCampaignClient" => fx.ExecuteAsync(fx.Alice, CampaignOperations.UpdateLink, new { input = new { link.campaignId, link.linkId, weight = 1 } }),
            "removeCampaignClient" => fx.ExecuteAsync(fx.Alice, CampaignOperations.RemoveLink, new { input = link }),
            "resetCampaignClientUsage" => fx.ExecuteAsync(fx.Alice, CampaignOperations.ResetUsage, new { input = link }),
            _ => throw new ArgumentOutOfRangeException(nameof(operation), operation, null),
        };
    }

    private async Task<BobsObjects> SeedAsync()
    {
        var did = await fx.DidAsync(fx.Bob);
        var campaign = await fx.CampaignAsync(fx.Bob, CampaignStatus.Active, did);
        var (clientId, _) = await ClientOperations.CreateAsync(fx, "owned");
        var link = await fx.LinkAsync(campaign, Guid.Parse(clientId), totalCallsUsed: 4);
        var alicesDid = await fx.DidAsync(fx.Alice);
        var alicesCampaign = await fx.CampaignAsync(fx.Alice, CampaignStatus.Inactive, alicesDid);
        return new BobsObjects(did, campaign, link, Guid.Parse(clientId), alicesDid, alicesCampaign);
    }

    /// <summary>Everything the operations could touch, as text, so any change shows up as a difference.</summary>
    private async Task<string> StateAsync(BobsObjects bob)
    {
        await using var db = fx.CreateDbContext();
        var state = new
        {
            Dids = await db.Dids.AsNoTracking().Where(d => d.Id == bob.Did.Id || d.Id == bob.AlicesDid.Id).OrderBy(d => d.Id).ToListAsync(),
            Campaigns = await db.Campaigns.AsNoTracking().Where(c => c.Id == bob.Campaign.Id || c.Id == bob.AlicesCampaign.Id).OrderBy(c => c.Id).ToListAsync(),
            Memberships = await db.CampaignDids.AsNoTracking().Where(cd => cd.CampaignId == bob.Campaign.Id || cd.CampaignId == bob.AlicesCampaign.Id)
                .OrderBy(cd => cd.CampaignId).ThenBy(cd => cd.DidId).Select(cd => new { cd.CampaignId, cd.DidId }).ToListAsync(),
            Links = await db.CampaignClients.AsNoTracking().Where(l => l.CampaignId == bob.Campaign.Id).OrderBy(l => l.Id).ToListAsync(),
            Resets = await db.CampaignClientUsageResets.CountAsync(r => r.LinkId == bob.Link.Id),
        };
        return JsonSerializer.Serialize(state);
    }
}
