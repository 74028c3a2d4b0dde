using CapConduit.Api.Auth;
using CapConduit.Api.Schema;
using GraphQL;
using GraphQL.Types;

namespace CapConduit.Api.Users;

/// <summary>Adds createUser, updateUser, setUserPassword and deleteUser to the root mutation.</summary>
public static class UserMutations
{
    public static MutationType AddUserMutations(this MutationType mutation)
    {
        ArgumentNullException.ThrowIfNull(mutation);
        mutation.Field<NonNullGraphType<UserPayloadType>>("createUser")
            .Description("Creates a user (admins only).")
            .Argument<NonNullGraphType<CreateUserInputType>>("input", "The new user.")
            .ResolveAsync(async ctx =>
            {
                ctx.RequireAdmin();
                return await Editor(ctx).CreateAsync(ctx.GetArgument<CreateUserInput>("input"), ctx.CancellationToken);
            });

        mutation.Field<NonNullGraphType<UserPayloadType>>("updateUser")
            .Description("Changes the given fields of a user (admins only). A role or status change takes effect on the user's very next request.")
            .Argument<NonNullGraphType<UpdateUserInputType>>("input", "The user and the fields to change.")
            .ResolveAsync(async ctx =>
            {
                var viewer = ctx.RequireAdmin();
                return await Editor(ctx).UpdateAsync(ctx.GetArgument<UpdateUserInput>("input"), viewer, ctx.CancellationToken);
            });

        mutation.Field<NonNullGraphType<UserPayloadType>>("setUserPassword")
            .Description("Sets a password: admins for anyone, every user for themselves with currentPassword. The user's existing tokens stop working.")
            .Argument<NonNullGraphType<SetUserPasswordInputType>>("input", "The user and the new password.")
            .ResolveAsync(async ctx =>
            {
                var viewer = ctx.RequireViewer();
                return await Editor(ctx).SetPasswordAsync(ctx.GetArgument<SetUserPasswordInput>("input"), viewer, ctx.CancellationToken);
            });

        mutation.Field<NonNullGraphType<DeleteUserPayloadType>>("deleteUser")
            .Description("Deletes a user who owns no DIDs or campaigns (admins only; not yourself, not the last active admin).")
            .Argument<NonNullGraphType<DeleteUserInputType>>("input", "The user to delete.")
            .ResolveAsync(async ctx =>
            {
                var viewer = ctx.RequireAdmin();
                return await Editor(ctx).DeleteAsync(ctx.GetArgument<DeleteUserInput>("input"), viewer, ctx.CancellationToken);
            });
        return mutation;
    }

    private static UserEditor Editor(IResolveFieldContext ctx) => ctx.RequestServices!.GetRequiredService<UserEditor>();
}
