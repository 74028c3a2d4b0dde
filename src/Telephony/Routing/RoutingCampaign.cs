using CapConduit.Persistence.Campaigns;
namespace CapConduit.Telephony.Routing;

/// <summary>An active campaign as routing sees it, with all its links (eligible or not).</summary>
public sealed record RoutingCampaign(
    Guid Id,
    string Name,
    Guid OwnerId,
    RoutingStrategyKind Strategy,
    int DialTimeoutSeconds,
    IReadOnlyList<RoutingLink> Links);
