using CapConduit.Api.Schema.Errors;
using CapConduit.Api.Users;
using CapConduit.Persistence.Users;
using GraphQL.Types;

namespace CapConduit.Api.Auth;

/// <summary>Result of <c>login</c> and <c>refreshToken</c>: tokens and user on success, otherwise only errors.</summary>
public sealed record LoginPayload(AccessToken? AccessToken, IssuedRefreshToken? RefreshToken, User? User, IReadOnlyList<UserError> Errors)
{
    public static LoginPayload Failed(UserError error) => new(null, null, null, [error]);
}

/// <summary>GraphQL type <c>LoginPayload</c>.</summary>
public sealed class LoginPayloadType : ObjectGraphType<LoginPayload>
{
    public LoginPayloadType()
    {
        Name = "LoginPayload";
        Description = "Tokens for the signed-in user, or errors (then every other field is null).";
        Field<StringGraphType>("accessToken")
            .Description("JWT to send as `Authorization: Bearer …` (or in the WebSocket connection_init payload).")
            .Resolve(ctx => ctx.Source.AccessToken?.Token);
        Field<DateTimeOffsetGraphType>("accessTokenExpiresAt")
            .Description("When the access token stops being accepted (about 15 minutes after issue).")
            .Resolve(ctx => ctx.Source.AccessToken?.ExpiresAt);
        Field<StringGraphType>("refreshToken")
            .Description("Single-use token for refreshToken; each use returns a new one, and reusing an old one signs the whole session out.")
            .Resolve(ctx => ctx.Source.RefreshToken?.Token);
        Field<DateTimeOffsetGraphType>("refreshTokenExpiresAt")
            .Description("When the refresh token expires.")
            .Resolve(ctx => ctx.Source.RefreshToken?.ExpiresAt);
        Field<UserType>("user").Description("The signed-in user.").Resolve(ctx => ctx.Source.User);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorType>>>>("errors")
            .Description("Why it failed: INVALID_CREDENTIALS (unknown user or wrong password, never saying which), ACCOUNT_INACTIVE, TOO_MANY_ATTEMPTS, REQUIRED, INVALID_REFRESH_TOKEN.")
            .Resolve(ctx => ctx.Source.Errors);
    }
}

/// <summary>Result of <c>logout</c>.</summary>
public sealed record LogoutPayload(bool Revoked, IReadOnlyList<UserError> Errors);

/// <summary>GraphQL type <c>LogoutPayload</c>.</summary>
public sealed class LogoutPayloadType : ObjectGraphType<LogoutPayload>
{
    public LogoutPayloadType()
    {
        Name = "LogoutPayload";
        Description = "Result of signing out.";
        Field(p => p.Revoked).Description("True when the refresh token and its whole family are now revoked.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorType>>>>("errors")
            .Description("INVALID_REFRESH_TOKEN when the token is unknown; REQUIRED when it is empty.")
            .Resolve(ctx => ctx.Source.Errors);
    }
}
