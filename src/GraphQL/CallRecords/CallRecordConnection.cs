using CapConduit.Persistence.CallRecords;
using GraphQL.Types;
using GraphQL.Types.Relay;
using GraphQL.Types.Relay.DataObjects;

namespace CapConduit.Api.CallRecords;

/// <summary>One page of call records plus a deferred count, run only when a client selects <c>totalCount</c>.</summary>
public sealed record CallRecordConnection(Connection<CallRecord> Page, Func<CancellationToken, Task<int>> CountAsync);

/// <summary>Relay connection of call records with <c>edges</c>, <c>nodes</c>, <c>pageInfo</c> and <c>totalCount</c>.</summary>
public sealed class CallRecordConnectionType : ObjectGraphType<CallRecordConnection>
{
    public CallRecordConnectionType()
    {
        Name = "CallRecordConnection";
        Description = "A page of call records, newest first, with keyset cursors.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EdgeType<CallRecordType>>>>>("edges")
            .Description("The records of this page with their cursors.")
            .Resolve(c => c.Source.Page.Edges);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CallRecordType>>>>("nodes")
            .Description("The records of this page, without cursors.")
            .Resolve(c => c.Source.Page.Edges?.Select(e => e.Node).ToList());
        Field<NonNullGraphType<PageInfoType>>("pageInfo").Description("Cursors and whether more pages exist.")
            .Resolve(c => c.Source.Page.PageInfo);
        Field<NonNullGraphType<IntGraphType>>("totalCount")
            .Description("How many records match the filter in all pages. Costs a COUNT query; select it only when needed.")
            .ResolveAsync(async c => await c.Source.CountAsync(c.CancellationToken));
    }
}
