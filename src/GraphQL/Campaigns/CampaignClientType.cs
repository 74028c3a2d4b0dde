using CapConduit.Api.Clients;
using CapConduit.Persistence.Campaigns;
using GraphQL.Types;

namespace CapConduit.Api.Campaigns;

/// <summary>The capped link between a campaign and a client.</summary>
public sealed class CampaignClientType : ObjectGraphType<CampaignClient>
{
    public CampaignClientType()
    {
        Name = "CampaignClient";
        Description = "A campaign's link to a client: its place in the routing order and its caps.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Link id.").Resolve(ctx => ctx.Source.Id);
        Field<NonNullGraphType<IdGraphType>>("campaignId").Description("Id of the campaign.").Resolve(ctx => ctx.Source.CampaignId);
        Field<NonNullGraphType<ClientSummaryType>>("client")
            .Description("The linked client (summary).")
            .Resolve(ctx => ClientLoaders.ById(ctx).Load(ctx.Source.ClientId));
        Field<NonNullGraphType<LinkStatusType>>("status").Description("ACTIVE links are eligible for routing.").Resolve(ctx => ctx.Source.Status);
        Field(l => l.MaxConcurrency).Description("Live calls the link may carry at once (at least 1).");
        Field(l => l.TotalCallsAllowed, nullable: true).Description("Answered calls allowed in total; null for unlimited.");
        Field(l => l.TotalCallsUsed).Description("Answered calls counted so far; read-only, reset by resetCampaignClientUsage.");
        Field(l => l.Priority).Description("Lower is tried first (at least 0).");
        Field(l => l.Weight).Description("Relative share within a priority tier for WEIGHTED campaigns (1–1000).");
        Field(l => l.CreatedAt).Description("When the link was created.");
        Field(l => l.UpdatedAt).Description("When the link was last changed.");
    }
}
