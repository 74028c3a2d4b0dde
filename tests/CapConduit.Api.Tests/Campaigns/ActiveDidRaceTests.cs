using CapConduit.Api.Tests.Support;
using CapConduit.Persistence.Campaigns;
using Microsoft.EntityFrameworkCore;

namespace CapConduit.Api.Tests.Campaigns;

/// <summary>The one-active-campaign-per-DID rule holds when two requests race for the same DID.</summary>
public sealed class ActiveDidRaceTests(CatalogFixture fx) : IClassFixture<CatalogFixture>
{
    [Fact]
    public async Task Two_active_campaigns_racing_for_one_did_leave_it_in_exactly_one()
    {
        for (var round = 0; round < 5; round++)
        {
            var did = await fx.DidAsync(fx.Alice);
            var first = await fx.CampaignAsync(fx.Alice, CampaignStatus.Active);
            var second = await fx.CampaignAsync(fx.Alice, CampaignStatus.Active);

            var responses = await Task.WhenAll(
                fx.ExecuteAsync(fx.Alice, CampaignOperations.SetDids, new { input = new { campaignId = first.Id, didIds = new[] { did.Id } } }),
                fx.ExecuteAsync(fx.Admin, CampaignOperations.SetDids, new { input = new { campaignId = second.Id, didIds = new[] { did.Id } } }));

            var codes = responses.Select(r => string.Join(",", r.UserErrorCodes("setCampaignDids"))).Order(StringComparer.Ordinal).ToList();
            Assert.Equal(["", "DID_IN_ACTIVE_CAMPAIGN"], codes);
            await using var db = fx.CreateDbContext();
            Assert.Equal(1, await db.CampaignDids.CountAsync(cd => cd.DidId == did.Id));
        }
    }
}
