namespace CapConduit.Api.Auth;

/// <summary>Claim names of CapConduit access tokens beyond those <see cref="Viewer"/> reads.</summary>
public static class AuthClaims
{
    /// <summary>The user's <c>SecurityStamp</c> when the token was issued; a changed stamp voids the token.</summary>
    public const string SecurityStamp = "stamp";

    public const string TokenId = "jti";
    public const string Expires = "exp";
}
