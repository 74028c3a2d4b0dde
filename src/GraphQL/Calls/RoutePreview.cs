using CapConduit.Persistence.CallRecords;
using CapConduit.Persistence.Campaigns;
using CapConduit.Telephony.Routing;

namespace CapConduit.Api.Calls;

/// <summary>What routing would do now with a call to <see cref="DidNumber"/>; see <see cref="RoutePreviewer"/>.</summary>
public sealed record RoutePreview(
    string DidNumber,
    RejectReason? Rejected,
    RoutePreviewCampaign? Campaign,
    IReadOnlyList<RoutePreviewLink> Eligible,
    IReadOnlyList<RoutePreviewSkip> Skipped);

/// <summary>The DID's active campaign as routing sees it.</summary>
public sealed record RoutePreviewCampaign(Guid Id, string Name, RoutingStrategyKind RoutingStrategy, int DialTimeoutSeconds);

/// <summary>An eligible link in dialling order (<see cref="Order"/> starts at 1), with its live counts from Redis.</summary>
public sealed record RoutePreviewLink(
    int Order,
    Guid LinkId,
    Guid ClientId,
    string ClientIdentifier,
    string ClientName,
    int Priority,
    int Weight,
    int LiveCalls,
    int MaxConcurrency,
    long TotalCallsUsed,
    long? TotalCallsAllowed);

/// <summary>A link routing would leave out, and why.</summary>
public sealed record RoutePreviewSkip(Guid LinkId, string ClientName, SkipReason Reason);
