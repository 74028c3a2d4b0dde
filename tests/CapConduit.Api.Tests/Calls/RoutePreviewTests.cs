using CapConduit.Api.Tests.Support;
using CapConduit.Telephony.Caps;
using CapConduit.Telephony.Routing;
using CapConduit.Testing;
using Microsoft.Extensions.DependencyInjection;
using Snapshooter.Xunit;

namespace CapConduit.Api.Tests.Calls;

public sealed class RoutePreviewTests(PostgresFixture postgres, RedisFixture redis)
    : IClassFixture<PostgresFixture>, IClassFixture<RedisFixture>
{
    private const string BobDid = "+13105550103";

    [Fact]
    public async Task The_owner_sees_campaign_eligible_links_in_order_and_each_skip_reason()
    {
        await using var api = await RoutePreviewTestApi.CreateSeededAsync(postgres, redis);

        using var body = await api.Client().PreviewAsync("seller_bob", BobDid);

        var preview = body.Preview();
        Assert.Equal(System.Text.Json.JsonValueKind.Null, JsonValueKind(preview, "rejected"));
        Assert.Equal(["client_alpha_sales"], preview.EligibleClients());
        Assert.Equal([("Delta Partners Inc", "LINK_INACTIVE"), ("Gamma Services", "TOTAL_CAP_USED")], preview.Skips());
        Snapshot.Match(GraphQLJson.Scrub(body.RootElement));
    }

    [Fact]
    public async Task The_number_may_be_given_without_its_plus()
    {
        await using var api = await RoutePreviewTestApi.CreateSeededAsync(postgres, redis);

        using var body = await api.Client().PreviewAsync("seller_bob", "13105550103");

        Assert.Equal(BobDid, body.Preview().GetProperty("didNumber").GetString());
    }

    [Theory]
    [InlineData("ops_staff")]
    [InlineData("platform_admin")]
    public async Task Staff_and_admins_see_any_sellers_preview(string username)
    {
        await using var api = await RoutePreviewTestApi.CreateSeededAsync(postgres, redis);

        using var body = await api.Client().PreviewAsync(username, BobDid);

        Assert.Equal("Bob Weighted Sales Calls", body.Preview().GetProperty("campaign").GetProperty("name").GetString());
        Assert.Empty(GraphQLJson.ErrorCodes(body));
    }

    [Fact]
    public async Task Another_sellers_did_is_not_found_like_an_unknown_one()
    {
        await using var api = await RoutePreviewTestApi.CreateSeededAsync(postgres, redis);
        var client = api.Client();

        using var foreign = await client.PreviewAsync("seller_alice", BobDid);
        using var unknown = await client.PreviewAsync("seller_alice", "+19995550000");
        using var unknownForAdmin = await client.PreviewAsync("platform_admin", "+19995550000");

        Assert.Equal(["NOT_FOUND"], GraphQLJson.ErrorCodes(foreign));
        Assert.Equal(["NOT_FOUND"], GraphQLJson.ErrorCodes(unknown));
        Assert.Equal(["NOT_FOUND"], GraphQLJson.ErrorCodes(unknownForAdmin));
        Assert.Equal(
            foreign.RootElement.GetProperty("errors")[0].GetProperty("message").GetString()!.Replace(BobDid, "+19995550000", StringComparison.Ordinal),
            unknown.RootElement.GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, JsonValueKind(foreign.RootElement.GetProperty("data"), "routePreview"));
    }

    [Fact]
    public async Task Anonymous_callers_are_unauthenticated()
    {
        await using var api = await RoutePreviewTestApi.CreateSeededAsync(postgres, redis);

        using var body = await api.Client().PreviewAsync(null, BobDid);

        Assert.Equal(["UNAUTHENTICATED"], GraphQLJson.ErrorCodes(body));
    }

    [Fact]
    public async Task A_full_link_is_skipped_for_concurrency_and_the_preview_takes_no_slot()
    {
        await using var api = await RoutePreviewTestApi.CreateSeededAsync(postgres, redis);
        var slots = api.Services.GetRequiredService<SlotStore>();
        var snapshot = await api.Services.GetRequiredService<RoutingSnapshotLoader>().LoadDidAsync(BobDid, CancellationToken.None);
        var alpha = snapshot.Dids.Single().ActiveCampaign!.Links.Single(l => l.ClientIdentifier == "client_alpha_sales");
        for (var i = 0; i < alpha.MaxConcurrency; i++)
            Assert.True((await slots.TryAcquireAsync(alpha.ToSlotRequest($"call-{i}"), CancellationToken.None)).Granted);
        var before = await slots.ReadLiveCountsAsync([alpha.LinkId], CancellationToken.None);

        using var body = await api.Client().PreviewAsync("seller_bob", BobDid);

        var preview = body.Preview();
        Assert.Equal("NO_ELIGIBLE_CLIENT", preview.GetProperty("rejected").GetString());
        Assert.Empty(preview.EligibleClients());
        Assert.Equal(
            [("Alpha Corp", "CONCURRENCY_FULL"), ("Delta Partners Inc", "LINK_INACTIVE"), ("Gamma Services", "TOTAL_CAP_USED")],
            preview.Skips());
        Assert.Equal(before, await slots.ReadLiveCountsAsync([alpha.LinkId], CancellationToken.None));
    }

    [Fact]
    public async Task Live_calls_are_shown_and_left_as_they_were()
    {
        await using var api = await RoutePreviewTestApi.CreateSeededAsync(postgres, redis);
        var slots = api.Services.GetRequiredService<SlotStore>();
        var snapshot = await api.Services.GetRequiredService<RoutingSnapshotLoader>().LoadDidAsync("+18005550101", CancellationToken.None);
        var links = snapshot.Dids.Single().ActiveCampaign!.Links;
        var alpha = links.Single(l => l.ClientIdentifier == "client_alpha_sales");
        Assert.True((await slots.TryAcquireAsync(alpha.ToSlotRequest("ongoing"), CancellationToken.None)).Granted);
        var before = await slots.ReadLiveCountsAsync(links.Select(l => l.LinkId), CancellationToken.None);

        using var body = await api.Client().PreviewAsync("seller_alice", "+18005550101");

        var eligible = body.Preview().GetProperty("eligible").EnumerateArray().ToArray();
        Assert.Equal(["client_alpha_sales", "client_beta_support"], eligible.Select(l => l.GetProperty("clientIdentifier").GetString()));
        Assert.Equal([1, 2], eligible.Select(l => l.GetProperty("order").GetInt32()));
        Assert.Equal([1, 0], eligible.Select(l => l.GetProperty("liveCalls").GetInt32()));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, JsonValueKind(eligible[1], "totalCallsAllowed"));
        var after = await slots.ReadLiveCountsAsync(links.Select(l => l.LinkId), CancellationToken.None);
        Assert.Equal(before.OrderBy(p => p.Key), after.OrderBy(p => p.Key));
    }

    [Fact]
    public async Task A_round_robin_preview_does_not_advance_the_rotation()
    {
        await using var api = await RoutePreviewTestApi.CreateSeededAsync(postgres, redis);
        var cursor = api.Services.GetRequiredService<RoundRobinCursor>();
        var snapshot = await api.Services.GetRequiredService<RoutingSnapshotLoader>().LoadDidAsync("+12125550102", CancellationToken.None);
        var campaign = snapshot.Dids.Single().ActiveCampaign!;
        await cursor.NextAsync(campaign.Id, 0, CancellationToken.None);
        var position = await cursor.PeekAsync(campaign.Id, 0, CancellationToken.None);
        var client = api.Client();

        using var first = await client.PreviewAsync("seller_alice", "+12125550102");
        using var second = await client.PreviewAsync("seller_alice", "+12125550102");

        Assert.Equal("ROUND_ROBIN", first.Preview().GetProperty("campaign").GetProperty("routingStrategy").GetString());
        Assert.Equal(2, first.Preview().EligibleClients().Count);
        Assert.Equal(first.Preview().EligibleClients(), second.Preview().EligibleClients());
        Assert.Equal(position, await cursor.PeekAsync(campaign.Id, 0, CancellationToken.None));
        // The preview shows what the next call gets: the rotation's current start.
        var ordered = campaign.Links.OrderBy(l => l.LinkId).Select(l => l.ClientIdentifier).ToArray();
        Assert.Equal(ordered[(int)(position % 2)], first.Preview().EligibleClients()[0]);
    }

    private static System.Text.Json.JsonValueKind JsonValueKind(System.Text.Json.JsonElement element, string property) =>
        element.GetProperty(property).ValueKind;
}
