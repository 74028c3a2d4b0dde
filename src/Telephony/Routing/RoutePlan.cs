using CapConduit.Persistence.CallRecords;
namespace CapConduit.Telephony.Routing;

/// <summary>
/// What to do with a call: a rejection with its reason, or the eligible links in dialling order.
/// Skipped links are listed either way (a NO_ELIGIBLE_CLIENT rejection says why each was skipped).
/// </summary>
public sealed record RoutePlan(
    RejectReason? Rejection,
    RoutingDid? Did,
    RoutingCampaign? Campaign,
    IReadOnlyList<RoutingLink> Links,
    IReadOnlyList<SkippedLink> Skipped)
{
    public bool IsRejected => Rejection is not null;

    public static RoutePlan Reject(RejectReason reason, RoutingDid? did = null, RoutingCampaign? campaign = null, IReadOnlyList<SkippedLink>? skipped = null) =>
        new(reason, did, campaign, [], skipped ?? []);

    public static RoutePlan Route(RoutingDid did, RoutingCampaign campaign, IReadOnlyList<RoutingLink> links, IReadOnlyList<SkippedLink> skipped) =>
        new(null, did, campaign, links, skipped);
}
