using CapConduit.Persistence.Users;
using GraphQL.Types;
using GraphQL.Types.Relay;
using GraphQL.Types.Relay.DataObjects;

namespace CapConduit.Api.Users;

/// <summary>Relay connection of users with <c>nodes</c> beside <c>edges</c>, as every CapConduit list has.</summary>
public sealed class UserConnectionType : ConnectionType<UserType, UserEdgeType>
{
    public UserConnectionType()
    {
        Name = "UserConnection";
        Description = "A page of users.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserType>>>>("nodes")
            .Description("The users of this page, without cursors.")
            .Resolve(ctx => ((Connection<User>)ctx.Source!).Edges?.Select(e => e.Node).ToList() ?? []);
    }
}

/// <summary>One user and its cursor.</summary>
public sealed class UserEdgeType : EdgeType<UserType>
{
    public UserEdgeType()
    {
        Name = "UserEdge";
        Description = "A user and the cursor to page from it.";
    }
}
