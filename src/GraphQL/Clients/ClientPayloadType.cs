using CapConduit.Api.Schema.Errors;
using GraphQL.Types;

namespace CapConduit.Api.Clients;

/// <summary>GraphQL type of <see cref="ClientPayload"/>.</summary>
public sealed class ClientPayloadType : ObjectGraphType<ClientPayload>
{
    public ClientPayloadType()
    {
        Name = "ClientPayload";
        Description = "The client after the change, or errors (and no change).";
        Field<ClientType>("client").Description("The client as stored; null when the mutation failed.").Resolve(ctx => ctx.Source.Client);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorType>>>>("errors")
            .Description("Why the mutation failed; empty on success.").Resolve(ctx => ctx.Source.Errors);
    }
}

/// <summary>GraphQL type of <see cref="DeleteClientPayload"/>.</summary>
public sealed class DeleteClientPayloadType : ObjectGraphType<DeleteClientPayload>
{
    public DeleteClientPayloadType()
    {
        Name = "DeleteClientPayload";
        Description = "The id of the deleted client, or errors (and no change).";
        Field<IdGraphType>("deletedClientId").Description("Id of the deleted client; null when the mutation failed.").Resolve(ctx => ctx.Source.DeletedClientId);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorType>>>>("errors")
            .Description("Why the mutation failed; empty on success.").Resolve(ctx => ctx.Source.Errors);
    }
}
