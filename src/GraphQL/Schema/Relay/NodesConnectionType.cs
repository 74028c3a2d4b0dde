using GraphQL.Types;
using GraphQL.Types.Relay;

namespace CapConduit.Api.Schema.Relay;

/// <summary>
/// GraphQL.NET's connection type (edges, items, pageInfo, totalCount) plus <c>nodes</c>, the shortcut most Relay
/// clients expect. Use with <c>Connection&lt;TNodeType, EdgeType&lt;TNodeType&gt;, NodesConnectionType&lt;TNodeType&gt;&gt;()</c>.
/// </summary>
public sealed class NodesConnectionType<TNodeType> : ConnectionType<TNodeType, EdgeType<TNodeType>>
    where TNodeType : IGraphType
{
    public NodesConnectionType()
    {
        Field<ListGraphType<TNodeType>>("nodes")
            .Description("The nodes of the page's edges, in order; a shortcut for edges { node }.")
            // Connection<TNode, TEdge>.Items is generic in the node type, which this type does not know.
            .Resolve(ctx => ctx.Source?.GetType().GetProperty("Items")?.GetValue(ctx.Source));
    }
}
