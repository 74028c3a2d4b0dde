using CapConduit.Persistence.CallRecords;
using CapConduit.Persistence.Campaigns;
using CapConduit.Telephony.Routing;
using CapConduit.Telephony.Routing.Strategies;
using CapConduit.Testing;
using static CapConduit.Telephony.Tests.Routing.SnapshotLoading.SnapshotTestServices;

namespace CapConduit.Telephony.Tests.Routing.SnapshotLoading;

/// <summary>The loader against the sample data of PRODUCT §8, unchanged (tests here only read).</summary>
public sealed class SnapshotLoaderTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>, IAsyncLifetime
{
    private readonly Router _router = new([new PriorityStrategy(), new WeightedStrategy(new Random(7))]);

    public Task InitializeAsync() => SeedAsync(postgres.ConnectionString);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Bobs_did_routes_to_his_weighted_campaign_with_gamma_used_up_and_delta_inactive()
    {
        var snapshot = await Loader(postgres.ConnectionString).LoadAsync(CancellationToken.None);

        var plan = await _router.PlanAsync(snapshot, BobDid, null, CancellationToken.None);

        Assert.Null(plan.Rejection);
        Assert.Equal("Bob Weighted Sales Calls", plan.Campaign!.Name);
        Assert.Equal(RoutingStrategyKind.Weighted, plan.Campaign.Strategy);
        Assert.Equal(20, plan.Campaign.DialTimeoutSeconds);
        Assert.Equal(plan.Did!.OwnerId, plan.Campaign.OwnerId);
        var alpha = Assert.Single(plan.Links);
        Assert.Equal(("client_alpha_sales", "Alpha Corp", 1, 30, 5, 2000L, 0L), (alpha.ClientIdentifier, alpha.ClientName,
            alpha.Priority, alpha.Weight, alpha.MaxConcurrency, alpha.TotalCallsAllowed, alpha.TotalCallsUsed));
        Assert.True(alpha is { ClientActive: true, HasContact: true, LinkActive: true });
        Assert.Equal(
            [("client_delta_partners", SkipReason.LinkInactive), ("client_gamma_intake", SkipReason.TotalCapUsed)],
            plan.Skipped.Select(s => (s.Link.ClientIdentifier, s.Reason)).Order());
        var gamma = plan.Skipped.Single(s => s.Link.ClientIdentifier == "client_gamma_intake").Link;
        Assert.Equal((1L, 1L, 20), (gamma.TotalCallsAllowed, gamma.TotalCallsUsed, gamma.MaxConcurrency));
        Assert.False(plan.Skipped.Single(s => s.Link.ClientIdentifier == "client_delta_partners").Link.ClientActive);
    }

    [Fact]
    public async Task Every_sample_did_is_loaded_and_found_without_its_plus()
    {
        var snapshot = await Loader(postgres.ConnectionString).LoadAsync(CancellationToken.None);

        Assert.Equal(["+12125550102", "+13105550103", "+18005550101", "+442075550104"], snapshot.Dids.Select(d => d.Number).Order());
        Assert.True(snapshot.TryFindDid("13105550103", out var bob));
        Assert.Equal(BobDid, bob.Number);
        Assert.True(snapshot.TryFindDid("18005550101", out var alice));
        Assert.Equal(
            [("client_alpha_sales", 0, 10, (long?)5000), ("client_beta_support", 1, 5, null)],
            alice.ActiveCampaign!.Links.OrderBy(l => l.Priority).Select(l => (l.ClientIdentifier, l.Priority, l.MaxConcurrency, l.TotalCallsAllowed)));
        Assert.Equal(RoutingStrategyKind.RoundRobin, snapshot.Dids.Single(d => d.Number == "+12125550102").ActiveCampaign!.Strategy);
    }

    [Fact]
    public async Task An_inactive_did_is_rejected_as_inactive()
    {
        var snapshot = await Loader(postgres.ConnectionString).LoadAsync(CancellationToken.None);

        var plan = await _router.PlanAsync(snapshot, "442075550104", null, CancellationToken.None);

        Assert.Equal(RejectReason.DidInactive, plan.Rejection);
        Assert.False(plan.Did!.IsActive);
        Assert.True(plan.Did.OwnerActive);
    }

    [Fact]
    public async Task Loading_one_did_returns_only_that_did_with_its_campaign()
    {
        var loader = Loader(postgres.ConnectionString);

        var one = await loader.LoadDidAsync("13105550103", CancellationToken.None);
        var unknown = await loader.LoadDidAsync("+19995550000", CancellationToken.None);

        var did = Assert.Single(one.Dids);
        Assert.Equal(BobDid, did.Number);
        Assert.Equal(3, did.ActiveCampaign!.Links.Count);
        Assert.Empty(unknown.Dids);
        Assert.Equal(RejectReason.DidNotFound, (await _router.PlanAsync(unknown, "+19995550000", null, CancellationToken.None)).Rejection);
    }
}
