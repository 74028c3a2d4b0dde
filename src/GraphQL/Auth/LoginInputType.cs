using GraphQL.Types;

namespace CapConduit.Api.Auth;

/// <summary>Credentials of <c>login</c>.</summary>
public sealed class LoginInput
{
    public string Username { get; init; } = "";
    public string Password { get; init; } = "";
}

/// <summary>GraphQL input <c>LoginInput</c>.</summary>
public sealed class LoginInputType : InputObjectGraphType<LoginInput>
{
    public LoginInputType()
    {
        Name = "LoginInput";
        Description = "Credentials to sign in with.";
        Field(i => i.Username).Description("The username (case is ignored).");
        Field(i => i.Password).Description("The password.");
    }
}

/// <summary>Input of <c>refreshToken</c> and <c>logout</c>.</summary>
public sealed class RefreshTokenInput
{
    public string RefreshToken { get; init; } = "";
}

/// <summary>GraphQL input <c>RefreshTokenInput</c>.</summary>
public sealed class RefreshTokenInputType : InputObjectGraphType<RefreshTokenInput>
{
    public RefreshTokenInputType()
    {
        Name = "RefreshTokenInput";
        Description = "A refresh token received from login or refreshToken.";
        Field(i => i.RefreshToken).Description("The refresh token, exactly as received.");
    }
}
