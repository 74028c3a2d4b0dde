using CapConduit.Persistence.Campaigns;
using GraphQL.Types;

namespace CapConduit.Api.Campaigns;

/// <summary>GraphQL enum <c>CampaignStatus</c>.</summary>
public sealed class CampaignStatusType : EnumerationGraphType<CampaignStatus>
{
    public CampaignStatusType()
    {
        Name = "CampaignStatus";
        Description = "ACTIVE campaigns route calls; a DID may be in at most one ACTIVE campaign.";
    }
}

/// <summary>GraphQL enum <c>RoutingStrategy</c>.</summary>
public sealed class RoutingStrategyType : EnumerationGraphType<RoutingStrategyKind>
{
    public RoutingStrategyType()
    {
        Name = "RoutingStrategy";
        Description = "How a campaign orders its links: PRIORITY (priority, then link id), ROUND_ROBIN (rotating within a priority tier), WEIGHTED (random by weight within a tier).";
    }
}

/// <summary>GraphQL enum <c>LinkStatus</c>.</summary>
public sealed class LinkStatusType : EnumerationGraphType<LinkStatus>
{
    public LinkStatusType()
    {
        Name = "LinkStatus";
        Description = "Whether a campaign-client link is eligible for routing.";
    }
}
