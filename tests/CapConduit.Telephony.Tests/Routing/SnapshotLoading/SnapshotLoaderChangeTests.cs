using CapConduit.Persistence.CallRecords;
using CapConduit.Persistence.Campaigns;
using CapConduit.Persistence.Users;
using CapConduit.Telephony.Routing;
using CapConduit.Telephony.Routing.Strategies;
using CapConduit.Testing;
using Microsoft.EntityFrameworkCore;
using static CapConduit.Telephony.Tests.Routing.SnapshotLoading.SnapshotTestServices;

namespace CapConduit.Telephony.Tests.Routing.SnapshotLoading;

/// <summary>The loader after changes to the sample data; each test changes a different seller's or client's rows.</summary>
public sealed class SnapshotLoaderChangeTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>, IAsyncLifetime
{
    private readonly Router _router = new([new PriorityStrategy(), new WeightedStrategy(new Random(7))]);

    public Task InitializeAsync() => SeedAsync(postgres.ConnectionString);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_did_whose_owner_is_no_longer_active_is_rejected_as_owner_inactive()
    {
        await using (var db = postgres.CreateDbContext())
        {
            await db.Users.Where(u => u.Username == "seller_alice")
                .ExecuteUpdateAsync(s => s.SetProperty(u => u.Status, UserStatus.Suspended));
        }

        var snapshot = await Loader(postgres.ConnectionString).LoadAsync(CancellationToken.None);
        var plan = await _router.PlanAsync(snapshot, "+18005550101", null, CancellationToken.None);

        Assert.Equal(RejectReason.OwnerInactive, plan.Rejection);
        Assert.False(plan.Did!.OwnerActive);
        Assert.True(snapshot.TryFindDid(BobDid, out var bob) && bob.OwnerActive);
    }

    [Fact]
    public async Task A_did_whose_campaign_is_paused_has_no_active_campaign()
    {
        await using (var db = postgres.CreateDbContext())
        {
            await db.Campaigns.Where(c => c.Name == "Bob Weighted Sales Calls")
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.Status, CampaignStatus.Paused));
        }

        var snapshot = await Loader(postgres.ConnectionString).LoadAsync(CancellationToken.None);
        var plan = await _router.PlanAsync(snapshot, BobDid, null, CancellationToken.None);

        Assert.Equal(RejectReason.NoActiveCampaign, plan.Rejection);
        Assert.Null(plan.Did!.ActiveCampaign);
    }

    [Fact]
    public async Task A_client_whose_aor_has_no_contact_is_loaded_without_one()
    {
        await using (var db = postgres.CreateDbContext())
        {
            await db.PsAors.Where(a => a.Id == "client_beta_support").ExecuteUpdateAsync(s => s.SetProperty(a => a.Contact, ""));
        }

        var snapshot = await Loader(postgres.ConnectionString).LoadAsync(CancellationToken.None);

        var beta = LinkOf(snapshot, "+12125550102", "client_beta_support");
        var gamma = LinkOf(snapshot, "+12125550102", "client_gamma_intake");
        Assert.False(beta.HasContact);
        Assert.True(gamma.HasContact);
        Assert.Equal(SkipReason.NoContact, Eligibility.SkipReasonOf(beta, null));
        Assert.False(LinkOf(snapshot, "+18005550101", "client_beta_support").HasContact);
    }
}
