using CapConduit.Api.Tests.Support;
using CapConduit.Persistence.Campaigns;
using CapConduit.Testing;
using Microsoft.EntityFrameworkCore;

namespace CapConduit.Api.Tests.Calls;

/// <summary>Changes the sample data, so it has a database of its own.</summary>
public sealed class RoutePreviewFreshnessTests(PostgresFixture postgres, RedisFixture redis)
    : IClassFixture<PostgresFixture>, IClassFixture<RedisFixture>
{
    [Fact]
    public async Task A_committed_change_shows_in_the_next_preview_without_any_notice()
    {
        await using var api = await RoutePreviewTestApi.CreateSeededAsync(postgres, redis);
        var client = api.Client();
        using (var before = await client.PreviewAsync("seller_bob", "+13105550103"))
            Assert.Equal(["client_alpha_sales"], before.Preview().EligibleClients());

        await using (var db = postgres.CreateDbContext())
        {
            await db.CampaignClients
                .Where(l => l.Campaign!.Name == "Bob Weighted Sales Calls" && l.Client!.Identifier == "client_alpha_sales")
                .ExecuteUpdateAsync(s => s.SetProperty(l => l.Status, LinkStatus.Inactive));
        }
        using var after = await client.PreviewAsync("seller_bob", "+13105550103");

        var preview = after.Preview();
        Assert.Equal("NO_ELIGIBLE_CLIENT", preview.GetProperty("rejected").GetString());
        Assert.Contains(("Alpha Corp", "LINK_INACTIVE"), preview.Skips());
    }

    [Fact]
    public async Task An_inactive_did_previews_as_rejected_without_a_campaign()
    {
        await using var api = await RoutePreviewTestApi.CreateSeededAsync(postgres, redis);

        using var body = await api.Client().PreviewAsync("seller_alice", "+442075550104");

        var preview = body.Preview();
        Assert.Equal("DID_INACTIVE", preview.GetProperty("rejected").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, preview.GetProperty("campaign").ValueKind);
        Assert.Empty(preview.EligibleClients());
    }
}
