using GraphQL.Types;
using GraphQL.Types.Relay;

namespace CapConduit.Api.Schema.Relay;

/// <summary>A Relay connection that also offers <c>nodes</c>, the list of nodes without their edges.</summary>
public sealed class NodesConnectionType<TNodeType> : ConnectionType<TNodeType, EdgeType<TNodeType>>
    where TNodeType : IGraphType
{
    public NodesConnectionType()
    {
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TNodeType>>>>("nodes")
            .Description("The nodes of this page, in order, without their edges.")
            // The source is a Connection<T> for some T; its Items property lists the nodes of its edges.
            .Resolve(ctx => ctx.Source?.GetType().GetProperty("Items")?.GetValue(ctx.Source));
    }
}
