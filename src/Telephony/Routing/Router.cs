using CapConduit.Persistence.CallRecords;
using CapConduit.Persistence.Campaigns;
using CapConduit.Telephony.Routing.Strategies;

namespace CapConduit.Telephony.Routing;

/// <summary>
/// Snapshot + strategy + cap view → <see cref="RoutePlan"/> (PRODUCT §5.1–5.3). Never takes a slot, so it
/// also backs the routePreview query; slots are taken afterwards, link by link, through <see cref="SlotStore"/>.
/// </summary>
public sealed class Router
{
    private readonly Dictionary<RoutingStrategyKind, IRoutingStrategy> _strategies;

    public Router(IEnumerable<IRoutingStrategy> strategies) =>
        _strategies = strategies.ToDictionary(s => s.Kind);

    public async Task<RoutePlan> PlanAsync(
        RoutingSnapshot snapshot, string dialedNumber, RoutePlanOptions? options, CancellationToken cancellationToken)
    {
        options ??= RoutePlanOptions.Default;
        if (!snapshot.TryFindDid(dialedNumber, out var did))
            return RoutePlan.Reject(RejectReason.DidNotFound);
        if (!did.IsActive)
            return RoutePlan.Reject(RejectReason.DidInactive, did);
        if (!did.OwnerActive)
            return RoutePlan.Reject(RejectReason.OwnerInactive, did);
        if (did.ActiveCampaign is not { } campaign)
            return RoutePlan.Reject(RejectReason.NoActiveCampaign, did);

        var eligible = new List<RoutingLink>();
        var skipped = new List<SkippedLink>();
        foreach (var link in campaign.Links)
        {
            if (Eligibility.SkipReasonOf(link, options.LiveCounts) is { } reason)
                skipped.Add(new SkippedLink(link, reason));
            else
                eligible.Add(link);
        }
        if (eligible.Count == 0)
            return RoutePlan.Reject(RejectReason.NoEligibleClient, did, campaign, skipped);

        if (!_strategies.TryGetValue(campaign.Strategy, out var strategy))
            throw new InvalidOperationException($"No routing strategy is registered for {campaign.Strategy} (campaign {campaign.Id}).");
        var ordered = await strategy.OrderAsync(new RoutingContext(campaign, options.Preview), eligible, cancellationToken).ConfigureAwait(false);
        return RoutePlan.Route(did, campaign, ordered, skipped);
    }
}
