using CapConduit.Api.CallRecords;
using CapConduit.Api.Calls;
using CapConduit.Api.Campaigns;
using CapConduit.Api.Clients;
using CapConduit.Api.Dids;
using CapConduit.Api.Users;
using GraphQL.Types;

namespace CapConduit.Api.Schema;

/// <summary>Root query. Each feature adds its fields through its own <c>Add…Queries</c> method.</summary>
public sealed class QueryType : ObjectGraphType
{
    public QueryType()
    {
        Name = "Query";
        Description = "Reads. Lists are Relay connections; sellers see only what they own.";
        Field<NonNullGraphType<StringGraphType>>("apiVersion")
            .Description("Version of the CapConduit API serving this request.")
            .Resolve(_ => typeof(QueryType).Assembly.GetName().Version?.ToString(3) ?? "0.0.0");
        this.AddUserQueries();
        this.AddCallRecordQueries();
        this.AddRoutePreviewQueries();
        this.AddClientQueries();
        this.AddDidQueries();
        this.AddCampaignQueries();
        this.AddLiveCallQueries();
    }
}
