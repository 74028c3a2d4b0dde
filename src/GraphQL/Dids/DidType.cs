using CapConduit.Persistence.Dids;
using GraphQL.Types;

namespace CapConduit.Api.Dids;

/// <summary>A seller's phone number.</summary>
public sealed class DidType : ObjectGraphType<Did>
{
    public DidType()
    {
        Name = "Did";
        Description = "A phone number (E.164) owned by a seller; calls to it are routed by its active campaign.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("DID id.").Resolve(ctx => ctx.Source.Id);
        Field(d => d.Number).Description("E.164 number, e.g. +18005550101. Unique and immutable.");
        Field<NonNullGraphType<IdGraphType>>("ownerId").Description("Id of the seller who owns the DID.").Resolve(ctx => ctx.Source.OwnerId);
        Field<NonNullGraphType<StringGraphType>>("ownerUsername")
            .Description("Username of the owning seller.")
            .Resolve(ctx => DidLoaders.Username(ctx).Load(ctx.Source.OwnerId));
        Field<NonNullGraphType<DidStatusType>>("status").Description("ACTIVE DIDs are routed.").Resolve(ctx => ctx.Source.Status);
        Field(d => d.Description, nullable: true).Description("Free-form description.");
        Field(d => d.CreatedAt).Description("When the DID was created.");
        Field(d => d.UpdatedAt).Description("When the DID was last changed.");
    }
}
