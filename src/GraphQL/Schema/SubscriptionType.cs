using CapConduit.Api.Calls;
using GraphQL.Types;

namespace CapConduit.Api.Schema;

/// <summary>Root subscription. Each feature adds its fields through its own <c>Add…Subscriptions</c> method.</summary>
public sealed class SubscriptionType : ObjectGraphType
{
    public SubscriptionType()
    {
        Name = "Subscription";
        Description = "Live streams over WebSocket (`graphql-transport-ws` on /graphql; the access token goes in connection_init as {\"Authorization\": \"Bearer …\"}).";
        this.AddCallSubscriptions();
    }
}
