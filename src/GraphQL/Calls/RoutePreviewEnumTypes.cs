using CapConduit.Telephony.Routing;
using GraphQL.Types;
using PersistedRejectReason = CapConduit.Persistence.CallRecords.RejectReason;
using PersistedStrategy = CapConduit.Persistence.Campaigns.RoutingStrategyKind;

namespace CapConduit.Api.Calls;

/// <summary>GraphQL enum <c>SkipReason</c>.</summary>
public sealed class SkipReasonType : EnumerationGraphType<SkipReason>
{
    public SkipReasonType()
    {
        Name = "SkipReason";
        Description = "Why routing leaves a campaign's link out (PRODUCT.md §5.2 and §5.4): LINK_INACTIVE, CLIENT_INACTIVE, " +
            "NO_CONTACT (the client's AOR has no contact URI), TOTAL_CAP_USED (answered plus in-flight calls reach the total cap), " +
            "CONCURRENCY_FULL (live calls reach max concurrency).";
    }
}

// RejectReason and RoutingStrategy are also defined by the call-record and campaign features over the same CLR
// enums and with the same names; once those are merged, keep one definition of each (the GraphQL schema allows one).

/// <summary>GraphQL enum <c>RejectReason</c>.</summary>
public sealed class RejectReasonType : EnumerationGraphType<PersistedRejectReason>
{
    public RejectReasonType()
    {
        Name = "RejectReason";
        Description = "Why routing refused a call before dialing any client (PRODUCT.md §5.1).";
    }
}

/// <summary>GraphQL enum <c>RoutingStrategy</c>.</summary>
public sealed class RoutingStrategyType : EnumerationGraphType<PersistedStrategy>
{
    public RoutingStrategyType()
    {
        Name = "RoutingStrategy";
        Description = "How a campaign orders its links: PRIORITY (priority, then link id), ROUND_ROBIN (rotating within a priority tier), WEIGHTED (random by weight within a tier).";
    }
}
