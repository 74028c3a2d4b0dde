using CapConduit.Api.Schema.Errors;
using CapConduit.Persistence.Dids;
using GraphQL.Types;

namespace CapConduit.Api.Dids;

/// <summary>Result of createDid/updateDid.</summary>
public sealed record DidPayload(Did? Did, IReadOnlyList<UserError> Errors);

/// <summary>Result of deleteDid.</summary>
public sealed record DeleteDidPayload(Guid? DeletedDidId, IReadOnlyList<UserError> Errors);

/// <summary>GraphQL type of <see cref="DidPayload"/>.</summary>
public sealed class DidPayloadType : ObjectGraphType<DidPayload>
{
    public DidPayloadType()
    {
        Name = "DidPayload";
        Description = "The DID after the change, or errors (and no change).";
        Field<DidType>("did").Description("The DID as stored; null when the mutation failed.").Resolve(ctx => ctx.Source.Did);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorType>>>>("errors")
            .Description("Why the mutation failed; empty on success.").Resolve(ctx => ctx.Source.Errors);
    }
}

/// <summary>GraphQL type of <see cref="DeleteDidPayload"/>.</summary>
public sealed class DeleteDidPayloadType : ObjectGraphType<DeleteDidPayload>
{
    public DeleteDidPayloadType()
    {
        Name = "DeleteDidPayload";
        Description = "The id of the deleted DID, or errors (and no change).";
        Field<IdGraphType>("deletedDidId").Description("Id of the deleted DID; null when the mutation failed.").Resolve(ctx => ctx.Source.DeletedDidId);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorType>>>>("errors")
            .Description("Why the mutation failed; empty on success.").Resolve(ctx => ctx.Source.Errors);
    }
}
