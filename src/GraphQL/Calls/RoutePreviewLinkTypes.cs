using GraphQL.Types;

namespace CapConduit.Api.Calls;

/// <summary>GraphQL type of <see cref="RoutePreviewLink"/>.</summary>
public sealed class RoutePreviewLinkType : ObjectGraphType<RoutePreviewLink>
{
    public RoutePreviewLinkType()
    {
        Name = "RoutePreviewLink";
        Description = "An eligible campaign-client link, in dialling order, with its live state.";
        Field(l => l.Order).Description("Position in the dialling order, starting at 1.");
        Field<NonNullGraphType<IdGraphType>>("linkId").Description("Id of the campaign-client link.").Resolve(ctx => ctx.Source.LinkId);
        Field<NonNullGraphType<IdGraphType>>("clientId").Description("Id of the client.").Resolve(ctx => ctx.Source.ClientId);
        Field(l => l.ClientIdentifier).Description("The client's identifier, which is also the PJSIP endpoint dialled.");
        Field(l => l.ClientName).Description("The client's name.");
        Field(l => l.Priority).Description("The link's priority; lower is tried first.");
        Field(l => l.Weight).Description("The link's weight within its priority tier (WEIGHTED campaigns).");
        Field(l => l.LiveCalls).Description("Calls on the link right now (ringing or answered), from Redis.");
        Field(l => l.MaxConcurrency).Description("Live calls the link may carry at once.");
        Field<NonNullGraphType<IntGraphType>>("totalCallsUsed")
            .Description("Answered calls counted against the total cap (Redis's count when it has one, else the database's).")
            .Resolve(ctx => checked((int)ctx.Source.TotalCallsUsed));
        Field<IntGraphType>("totalCallsAllowed")
            .Description("Answered calls allowed in total; null for unlimited.")
            .Resolve(ctx => ctx.Source.TotalCallsAllowed is { } allowed ? checked((int)allowed) : null);
    }
}

/// <summary>GraphQL type of <see cref="RoutePreviewSkip"/>.</summary>
public sealed class RoutePreviewSkipType : ObjectGraphType<RoutePreviewSkip>
{
    public RoutePreviewSkipType()
    {
        Name = "RoutePreviewSkip";
        Description = "A campaign-client link routing would leave out, and why.";
        Field<NonNullGraphType<IdGraphType>>("linkId").Description("Id of the campaign-client link.").Resolve(ctx => ctx.Source.LinkId);
        Field(s => s.ClientName).Description("The client's name.");
        Field<NonNullGraphType<SkipReasonType>>("reason").Description("Why the link is left out.").Resolve(ctx => ctx.Source.Reason);
    }
}
