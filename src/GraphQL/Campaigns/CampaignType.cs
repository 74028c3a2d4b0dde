using CapConduit.Api.Dids;
using CapConduit.Persistence.Campaigns;
using GraphQL.Types;

namespace CapConduit.Api.Campaigns;

/// <summary>A seller's campaign with its DIDs and client links (loaded in batches).</summary>
public sealed class CampaignType : ObjectGraphType<Campaign>
{
    public CampaignType()
    {
        Name = "Campaign";
        Description = "A seller's DIDs routed to a set of clients by one strategy.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Campaign id.").Resolve(ctx => ctx.Source.Id);
        Field<NonNullGraphType<IdGraphType>>("ownerId").Description("Id of the owning seller.").Resolve(ctx => ctx.Source.OwnerId);
        Field<NonNullGraphType<StringGraphType>>("ownerUsername")
            .Description("Username of the owning seller.")
            .Resolve(ctx => DidLoaders.Username(ctx).Load(ctx.Source.OwnerId));
        Field(c => c.Name).Description("Name, unique per owner.");
        Field<NonNullGraphType<CampaignStatusType>>("status").Description("ACTIVE campaigns route calls.").Resolve(ctx => ctx.Source.Status);
        Field<NonNullGraphType<RoutingStrategyType>>("routingStrategy").Description("How links are ordered for each call.").Resolve(ctx => ctx.Source.RoutingStrategy);
        Field(c => c.DialTimeoutSeconds).Description("Seconds a client may ring before the next link is tried (1–300).");
        Field(c => c.Description, nullable: true).Description("Free-form description.");
        Field(c => c.CreatedAt).Description("When the campaign was created.");
        Field(c => c.UpdatedAt).Description("When the campaign was last changed.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DidType>>>>("dids")
            .Description("The campaign's DIDs, ordered by number.")
            .Resolve(ctx => CampaignLoaders.Dids(ctx).Load(ctx.Source.Id));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CampaignClientType>>>>("links")
            .Description("The campaign's client links, ordered by priority then id.")
            .Resolve(ctx => CampaignLoaders.Links(ctx).Load(ctx.Source.Id));
    }
}
