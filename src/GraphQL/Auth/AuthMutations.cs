using CapConduit.Api.Schema;
using GraphQL;
using GraphQL.Types;

namespace CapConduit.Api.Auth;

/// <summary>Adds <c>login</c>, <c>refreshToken</c> and <c>logout</c> to the root mutation.</summary>
public static class AuthMutations
{
    public static MutationType AddAuthMutations(this MutationType mutation)
    {
        ArgumentNullException.ThrowIfNull(mutation);
        mutation.Field<NonNullGraphType<LoginPayloadType>>("login")
            .Description("Signs in with username and password. Unknown user and wrong password both give INVALID_CREDENTIALS; "
                + "a correct password of an account that is not ACTIVE gives ACCOUNT_INACTIVE; repeated failures per username "
                + "or client address give TOO_MANY_ATTEMPTS for a while.")
            .Argument<NonNullGraphType<LoginInputType>>("input", "The credentials.")
            .ResolveAsync(async ctx => await Service(ctx).LoginAsync(
                ctx.GetArgument<LoginInput>("input"), ClientAddress(ctx), ctx.CancellationToken));

        mutation.Field<NonNullGraphType<LoginPayloadType>>("refreshToken")
            .Description("Exchanges a refresh token for a new access token and a new refresh token; the old one is spent. "
                + "Presenting a spent token again revokes every token of that sign-in (INVALID_REFRESH_TOKEN).")
            .Argument<NonNullGraphType<RefreshTokenInputType>>("input", "The refresh token.")
            .ResolveAsync(async ctx => await Service(ctx).RefreshAsync(ctx.GetArgument<RefreshTokenInput>("input"), ctx.CancellationToken));

        mutation.Field<NonNullGraphType<LogoutPayloadType>>("logout")
            .Description("Signs out: revokes the refresh token and every token rotated from the same sign-in. "
                + "Access tokens already issued expire on their own within minutes.")
            .Argument<NonNullGraphType<RefreshTokenInputType>>("input", "The refresh token to revoke.")
            .ResolveAsync(async ctx => await Service(ctx).LogoutAsync(ctx.GetArgument<RefreshTokenInput>("input"), ctx.CancellationToken));
        return mutation;
    }

    private static SignIn Service(IResolveFieldContext ctx) => ctx.RequestServices!.GetRequiredService<SignIn>();

    private static string ClientAddress(IResolveFieldContext ctx) =>
        ctx.RequestServices!.GetRequiredService<IHttpContextAccessor>().HttpContext?.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
