using GraphQL.Types;

namespace CapConduit.Api.Campaigns;

/// <summary>Input of <c>addCampaignClient</c>.</summary>
public sealed class AddCampaignClientInputType : InputObjectGraphType
{
    public AddCampaignClientInputType()
    {
        Name = "AddCampaignClientInput";
        Description = "A new link from a campaign to a client; one link per (campaign, client).";
        Field<NonNullGraphType<IdGraphType>>("campaignId").Description("The campaign.");
        Field<NonNullGraphType<IdGraphType>>("clientId").Description("The client (sellers: one of availableClients).");
        Field<LinkStatusType>("status").Description("Initial status (default ACTIVE).");
        Field<NonNullGraphType<IntGraphType>>("maxConcurrency").Description("Live calls at once, at least 1.");
        Field<IntGraphType>("totalCallsAllowed").Description("Answered calls allowed in total, at least 0; null or omitted for unlimited.");
        Field<IntGraphType>("priority").Description("Lower is tried first, at least 0 (default 0).");
        Field<IntGraphType>("weight").Description("Share within a priority tier, 1–1000 (default 100).");
    }
}

/// <summary>Input of <c>updateCampaignClient</c>: only the fields given change.</summary>
public sealed class UpdateCampaignClientInputType : InputObjectGraphType
{
    public UpdateCampaignClientInputType()
    {
        Name = "UpdateCampaignClientInput";
        Description = "Changes to a link. Fields left out keep their value; totalCallsUsed changes only through resetCampaignClientUsage.";
        Field<NonNullGraphType<IdGraphType>>("campaignId").Description("The campaign the link belongs to.");
        Field<NonNullGraphType<IdGraphType>>("linkId").Description("The link to change.");
        Field<LinkStatusType>("status").Description("New status.");
        Field<IntGraphType>("maxConcurrency").Description("New concurrency cap, at least 1.");
        Field<IntGraphType>("totalCallsAllowed").Description("New total cap, at least 0; null for unlimited.");
        Field<IntGraphType>("priority").Description("New priority, at least 0.");
        Field<IntGraphType>("weight").Description("New weight, 1–1000.");
    }
}

/// <summary>Input naming one link of one campaign (remove, reset).</summary>
public sealed class CampaignLinkInputType : InputObjectGraphType
{
    public CampaignLinkInputType()
    {
        Name = "CampaignLinkInput";
        Description = "One link of one campaign; a link of another campaign reads as not found.";
        Field<NonNullGraphType<IdGraphType>>("campaignId").Description("The campaign the link belongs to.");
        Field<NonNullGraphType<IdGraphType>>("linkId").Description("The link.");
    }
}
