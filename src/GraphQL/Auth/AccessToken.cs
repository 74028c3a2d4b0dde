namespace CapConduit.Api.Auth;

/// <summary>A signed access token (JWT) and the moment it stops being accepted.</summary>
public sealed record AccessToken(string Token, DateTimeOffset ExpiresAt);

/// <summary>A refresh token as handed to the client once; only its hash is stored.</summary>
public sealed record IssuedRefreshToken(string Token, DateTimeOffset ExpiresAt);
