using CapConduit.Api.Auth;
using CapConduit.Api.Schema;
using CapConduit.Api.Schema.Errors;
using GraphQL;
using GraphQL.Types;

namespace CapConduit.Api.Calls;

/// <summary>The <c>routePreview</c> query: routing's decision for a DID, explained, without placing a call.</summary>
public static class RoutePreviewQueries
{
    public static void AddRoutePreviewQueries(this QueryType query)
    {
        query.Field<RoutePreviewType>("routePreview")
            .Description("What routing would do with a call to this DID now: the campaign, the eligible links in dialling order " +
                "and each skipped link with its reason (inactive, total cap used up, concurrency full). Reads committed " +
                "configuration and live counts and takes no slot. For WEIGHTED and ROUND_ROBIN campaigns the order is one " +
                "sample of what a call would get. The DID's owner, staff and admins only; any other DID is NOT_FOUND.")
            .Argument<NonNullGraphType<StringGraphType>>("didNumber", "The DID in E.164 form; the leading '+' may be left out.")
            .ResolveAsync(async ctx =>
            {
                var viewer = ctx.RequireViewer();
                var number = ctx.GetArgument<string>("didNumber");
                var previewer = ctx.RequestServices!.GetRequiredService<RoutePreviewer>();
                return await previewer.PreviewAsync(viewer, number, ctx.CancellationToken)
                    ?? throw new ApiNotFoundException($"DID '{number}' was not found.");
            });
    }
}
