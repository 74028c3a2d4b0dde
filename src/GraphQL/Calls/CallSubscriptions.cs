using CapConduit.Api.Auth;
using CapConduit.Api.Schema;
using CapConduit.Api.Schema.Errors;
using GraphQL;
using GraphQL.Types;

namespace CapConduit.Api.Calls;

/// <summary>Adds <c>callEvents</c> to the root subscription: Redis live events → GraphQL subscribers.</summary>
public static class CallSubscriptions
{
    public static SubscriptionType AddCallSubscriptions(this SubscriptionType subscription)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        subscription.Field<NonNullGraphType<CallEventType>>("callEvents")
            .Description(
                "Live call events as they happen, from every API instance (PRODUCT.md §7). Sellers receive only their own " +
                "calls; staff and admins receive all, optionally filtered. A subscriber that falls far behind gets a " +
                "SLOW_SUBSCRIBER error and should subscribe again; the `liveCalls` query gives the current state.")
            .Argument<CallEventFilterInputType>("filter", "Optional narrowing by seller, campaign and event type.")
            .ResolveStreamAsync(async ctx =>
            {
                var viewer = ctx.RequireViewer();
                var (sellers, campaigns, types) = CallEventFilterInputType.Read(ctx.GetArgument<Dictionary<string, object?>?>("filter"));
                if (viewer.SellerScope is { } own && sellers is not null && sellers.Any(s => s != own))
                    throw new ApiForbiddenException("Sellers may subscribe to their own calls only.");
                var hub = ctx.RequestServices!.GetRequiredService<LiveEventHub>();
                var feed = await hub.OpenAsync(new CallEventFilter(viewer.SellerScope, sellers, campaigns, types), ctx.CancellationToken);
                // The operation's token is cancelled when the client completes it or the socket closes; detaching
                // here does not depend on how the executer disposes the stream subscription.
                ctx.CancellationToken.Register(feed.Dispose);
                return feed;
            });
        return subscription;
    }
}
