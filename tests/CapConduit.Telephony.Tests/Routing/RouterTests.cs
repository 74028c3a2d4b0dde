using CapConduit.Persistence.CallRecords;
using CapConduit.Persistence.Campaigns;
using CapConduit.Telephony.Caps;
using CapConduit.Telephony.Routing;
using CapConduit.Telephony.Routing.Strategies;
using static CapConduit.Telephony.Tests.Routing.RoutingTestData;

namespace CapConduit.Telephony.Tests.Routing;

public sealed class RouterTests
{
    private readonly Router _router = new([new PriorityStrategy()]);

    [Theory]
    [InlineData("+18005550101")]
    [InlineData("18005550101")]
    [InlineData(" 18005550101 ")]
    public async Task A_number_matches_with_or_without_the_leading_plus(string dialed)
    {
        var snapshot = Snapshot(Did("+18005550101", Campaign(RoutingStrategyKind.Priority, Link("alpha"))));

        var plan = await _router.PlanAsync(snapshot, dialed, null, CancellationToken.None);

        Assert.False(plan.IsRejected);
        Assert.Equal("+18005550101", plan.Did!.Number);
        Assert.Equal("alpha", Assert.Single(plan.Links).ClientIdentifier);
    }

    [Fact]
    public async Task Unknown_number_is_rejected_as_did_not_found()
    {
        var snapshot = Snapshot(Did("+18005550101", Campaign(RoutingStrategyKind.Priority, Link("alpha"))));

        var plan = await _router.PlanAsync(snapshot, "+18005550199", null, CancellationToken.None);

        Assert.Equal(RejectReason.DidNotFound, plan.Rejection);
        Assert.Equal("DID_NOT_FOUND", Persistence.Conventions.EnumText<RejectReason>.Format(plan.Rejection!.Value));
    }

    [Fact]
    public async Task Rejections_follow_the_did_owner_and_campaign_checks_in_order()
    {
        var campaign = Campaign(RoutingStrategyKind.Priority, Link("alpha"));
        var snapshot = Snapshot(
            Did("+10000000001", campaign, active: false),
            Did("+10000000002", campaign, ownerActive: false),
            Did("+10000000003", null),
            Did("+10000000004", campaign, active: false, ownerActive: false));

        Assert.Equal(RejectReason.DidInactive, (await Plan(snapshot, "+10000000001")).Rejection);
        Assert.Equal(RejectReason.OwnerInactive, (await Plan(snapshot, "+10000000002")).Rejection);
        Assert.Equal(RejectReason.NoActiveCampaign, (await Plan(snapshot, "+10000000003")).Rejection);
        Assert.Equal(RejectReason.DidInactive, (await Plan(snapshot, "+10000000004")).Rejection);
    }

    [Fact]
    public async Task Each_ineligible_link_is_skipped_with_its_reason()
    {
        var inactiveLink = Link("inactive-link", linkActive: false);
        var inactiveClient = Link("inactive-client", clientActive: false);
        var noContact = Link("no-contact", hasContact: false);
        var capUsed = Link("cap-used", totalAllowed: 5, totalUsed: 5);
        var eligible = Link("eligible", totalAllowed: 5, totalUsed: 4);
        var snapshot = Snapshot(Did("+1555", Campaign(RoutingStrategyKind.Priority, inactiveLink, inactiveClient, noContact, capUsed, eligible)));

        var plan = await Plan(snapshot, "+1555");

        Assert.Equal([eligible], plan.Links);
        Assert.Equal(
            [
                new SkippedLink(inactiveLink, SkipReason.LinkInactive),
                new SkippedLink(inactiveClient, SkipReason.ClientInactive),
                new SkippedLink(noContact, SkipReason.NoContact),
                new SkippedLink(capUsed, SkipReason.TotalCapUsed),
            ],
            plan.Skipped);
    }

    [Fact]
    public async Task No_eligible_link_rejects_and_still_explains_each_skip()
    {
        var inactive = Link("inactive", linkActive: false);
        var full = Link("full", totalAllowed: 0);
        var snapshot = Snapshot(Did("+1555", Campaign(RoutingStrategyKind.Priority, inactive, full)));

        var plan = await Plan(snapshot, "+1555");

        Assert.Equal(RejectReason.NoEligibleClient, plan.Rejection);
        Assert.Equal([SkipReason.LinkInactive, SkipReason.TotalCapUsed], plan.Skipped.Select(s => s.Reason));
        Assert.NotNull(plan.Campaign);
    }

    [Fact]
    public async Task Live_counts_skip_full_links_and_count_in_flight_calls_toward_the_total()
    {
        var busy = Link("busy", maxConcurrency: 2);
        var reserved = Link("reserved", totalAllowed: 10, totalUsed: 0);
        var open = Link("open", maxConcurrency: 2, totalAllowed: 10);
        var snapshot = Snapshot(Did("+1555", Campaign(RoutingStrategyKind.Priority, busy, reserved, open)));
        var live = new Dictionary<Guid, LinkLiveCounts>
        {
            [busy.LinkId] = new(Live: 2, Pending: 2, TotalUsed: 0),
            [reserved.LinkId] = new(Live: 3, Pending: 3, TotalUsed: 7),
            [open.LinkId] = new(Live: 1, Pending: 1, TotalUsed: 8),
        };

        var plan = await _router.PlanAsync(snapshot, "+1555", new RoutePlanOptions(live), CancellationToken.None);

        Assert.Equal([open], plan.Links);
        Assert.Equal([SkipReason.ConcurrencyFull, SkipReason.TotalCapUsed], plan.Skipped.Select(s => s.Reason));
    }

    private Task<RoutePlan> Plan(RoutingSnapshot snapshot, string number) =>
        _router.PlanAsync(snapshot, number, null, CancellationToken.None);
}
