using CapConduit.Api.CallRecords;
using CapConduit.Api.Campaigns;
using GraphQL.Types;

namespace CapConduit.Api.Calls;

/// <summary>GraphQL type of <see cref="RoutePreview"/>.</summary>
public sealed class RoutePreviewType : ObjectGraphType<RoutePreview>
{
    public RoutePreviewType()
    {
        Name = "RoutePreview";
        Description = "What routing would do with a call to this DID right now, computed from committed configuration and live " +
            "counts, without taking any slot.";
        Field(p => p.DidNumber).Description("The DID in E.164 form, with its leading '+'.");
        Field<RejectReasonType>("rejected")
            .Description("Why the call would be refused, or null when it would be dialled to the eligible links in order.")
            .Resolve(ctx => ctx.Source.Rejected);
        Field<RoutePreviewCampaignType>("campaign")
            .Description("The DID's active campaign; null when it has none (or the DID or its owner is inactive).")
            .Resolve(ctx => ctx.Source.Campaign);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RoutePreviewLinkType>>>>("eligible")
            .Description("Eligible links in the order they would be dialled. For ROUND_ROBIN this is the order of the next call " +
                "(the preview does not advance the rotation); for WEIGHTED it is one random sample, so it may differ call by call.")
            .Resolve(ctx => ctx.Source.Eligible);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RoutePreviewSkipType>>>>("skipped")
            .Description("Links of the campaign that would be left out, each with its reason.")
            .Resolve(ctx => ctx.Source.Skipped);
    }
}

/// <summary>GraphQL type of <see cref="RoutePreviewCampaign"/>.</summary>
public sealed class RoutePreviewCampaignType : ObjectGraphType<RoutePreviewCampaign>
{
    public RoutePreviewCampaignType()
    {
        Name = "RoutePreviewCampaign";
        Description = "The campaign routing would use for the DID.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Campaign id.").Resolve(ctx => ctx.Source.Id);
        Field(c => c.Name).Description("Campaign name.");
        Field<NonNullGraphType<RoutingStrategyType>>("routingStrategy")
            .Description("How the campaign orders its links.")
            .Resolve(ctx => ctx.Source.RoutingStrategy);
        Field(c => c.DialTimeoutSeconds).Description("How long each client is rung before trying the next, in seconds.");
    }
}
