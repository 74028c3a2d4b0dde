namespace CapConduit.Api.Schema;

/// <summary>The CapConduit GraphQL schema: one root type per operation kind; features add their fields to them.</summary>
public sealed class CapConduitSchema : global::GraphQL.Types.Schema
{
    public CapConduitSchema(IServiceProvider services, QueryType query, MutationType mutation, SubscriptionType subscription)
        : base(services)
    {
        Query = query;
        Mutation = mutation.Fields.Count > 0 ? mutation : null;
        Subscription = subscription.Fields.Count > 0 ? subscription : null;
        Description = "CapConduit: call distribution for sellers, clients (call centers) and their campaigns.";
    }
}
