using GraphQL.Types;
using GraphQL.Types.Relay;

namespace CapConduit.Api.Schema.Relay;

/// <summary>
/// GraphQL.NET's connection type (edges, items, pageInfo, totalCount) plus <c>nodes</c>, the shortcut most Relay
/// clients expect. Use with <c>Connection&lt;TNodeType, EdgeType&lt;TNodeType&gt;, NodesConnectionType&lt;TNodeType&gt;&gt;()</c>.
/// </summary>
/// <summary>A Relay connection that also offers <c>nodes</c>, the list of nodes without their edges.</summary>
public sealed class NodesConnectionType<TNodeType> : ConnectionType<TNodeType, EdgeType<TNodeType>>
    where TNodeType : IGraphType
{
    public NodesConnectionType()
    {
        Field<ListGraphType<TNodeType>>("nodes")
            .Description("The nodes of the page's edges, in order; a shortcut for edges { node }.")
            // Connection<TNode, TEdge>.Items is generic in the node type, which this type does not know.
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TNodeType>>>>("nodes")
            .Description("The nodes of this page, in order, without their edges.")
            // The source is a Connection<T> for some T; its Items property lists the nodes of its edges.
            .Resolve(ctx => ctx.Source?.GetType().GetProperty("Items")?.GetValue(ctx.Source));
    }
}
