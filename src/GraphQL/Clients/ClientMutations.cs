using CapConduit.Api.Auth;
using CapConduit.Api.Schema;
using GraphQL;
using GraphQL.Types;

namespace CapConduit.Api.Clients;

/// <summary>Client changes (staff and admins). Each runs in one transaction and keeps the ps_* rows in step.</summary>
public static class ClientMutations
{
    public static void AddClientMutations(this MutationType mutation)
    {
        mutation.Field<NonNullGraphType<ClientPayloadType>>("createClient")
            .Description("Creates a client and its ps_endpoints/ps_aors/ps_auths rows (staff and admins).")
            .Argument<NonNullGraphType<CreateClientInputType>>("input", "The new client.")
            .ResolveAsync(async ctx =>
            {
                var viewer = ctx.RequireStaffOrAdmin();
                return await Commands(ctx).CreateAsync(viewer, ctx.GetArgument<object>("input"), ctx.CancellationToken);
            });

        mutation.Field<NonNullGraphType<ClientPayloadType>>("updateClient")
            .Description("Changes the fields given of a client and its SIP rows (staff and admins). SIP credentials not mentioned are kept.")
            .Argument<NonNullGraphType<UpdateClientInputType>>("input", "The changes.")
            .ResolveAsync(async ctx =>
            {
                ctx.RequireStaffOrAdmin();
                return await Commands(ctx).UpdateAsync(ctx.GetArgument<object>("input"), ctx.CancellationToken);
            });

        mutation.Field<NonNullGraphType<DeleteClientPayloadType>>("deleteClient")
            .Description("Deletes a client, its SIP rows and its links (staff and admins). Refused with CLIENT_IN_USE while an active link to an active campaign exists.")
            .Argument<NonNullGraphType<DeleteClientInputType>>("input", "The client to delete.")
            .ResolveAsync(async ctx =>
            {
                ctx.RequireStaffOrAdmin();
                return await Commands(ctx).DeleteAsync(ctx.GetArgument<object>("input"), ctx.CancellationToken);
            });
    }

    private static ClientCommands Commands(IResolveFieldContext ctx) =>
        ctx.RequestServices!.GetRequiredService<ClientCommands>();
}
