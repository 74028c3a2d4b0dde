using CapConduit.Api.Campaigns;
using CapConduit.Api.Schema;
using GraphQL;
using GraphQL.Types;

namespace CapConduit.Api.Dids;

/// <summary>DID changes: admins for any seller, sellers for their own; staff may not change DIDs.</summary>
public static class DidMutations
{
    public static void AddDidMutations(this MutationType mutation)
    {
        mutation.Field<NonNullGraphType<DidPayloadType>>("createDid")
            .Description("Creates a DID. Admins must give ownerId (a seller); sellers create DIDs for themselves.")
            .Argument<NonNullGraphType<CreateDidInputType>>("input", "The new DID.")
            .ResolveAsync(async ctx => await Commands(ctx).CreateAsync(ctx.RequireSellerOrAdmin(), ctx.GetArgument<object>("input"), ctx.CancellationToken));

        mutation.Field<NonNullGraphType<DidPayloadType>>("updateDid")
            .Description("Changes the status or description of a DID (its owner or an admin).")
            .Argument<NonNullGraphType<UpdateDidInputType>>("input", "The changes.")
            .ResolveAsync(async ctx => await Commands(ctx).UpdateAsync(ctx.RequireSellerOrAdmin(), ctx.GetArgument<object>("input"), ctx.CancellationToken));

        mutation.Field<NonNullGraphType<DeleteDidPayloadType>>("deleteDid")
            .Description("Deletes a DID and removes it from its campaigns (its owner or an admin).")
            .Argument<NonNullGraphType<DeleteDidInputType>>("input", "The DID to delete.")
            .ResolveAsync(async ctx => await Commands(ctx).DeleteAsync(ctx.RequireSellerOrAdmin(), ctx.GetArgument<object>("input"), ctx.CancellationToken));
    }

    private static DidCommands Commands(IResolveFieldContext ctx) => ctx.RequestServices!.GetRequiredService<DidCommands>();
}
