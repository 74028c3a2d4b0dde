using System.Security.Claims;
using CapConduit.Persistence.Users;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CapConduit.Api.Auth;

/// <summary>
/// Validates access tokens: signature, issuer, audience and lifetime, then that the user still exists, is
/// <c>ACTIVE</c> and has the security stamp the token carries, so a status, role or password change refuses older
/// tokens on the very next request (PRODUCT.md §1). The user is read through <see cref="CurrentUserCache"/>, which
/// drops it as soon as its row changes. The JWT bearer handler and the WebSocket transport both use it.
/// </summary>
public sealed class AccessTokenValidator(IOptions<JwtOptions> options, CurrentUserCache users, TimeProvider time)
{
    private static readonly TimeSpan ClockSkew = TimeSpan.FromSeconds(30);
    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };

    /// <summary>The principal of a valid, current token; null for anything else.</summary>
    public async ValueTask<ClaimsPrincipal?> ValidateAsync(string token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(token))
            return null;
        var result = await _handler.ValidateTokenAsync(token, CreateParameters());
        if (!result.IsValid)
            return null;
        var principal = new ClaimsPrincipal(result.ClaimsIdentity);
        return await IsCurrentAsync(principal, cancellationToken) ? principal : null;
    }

    /// <summary>True when the token's user exists, is ACTIVE and still has the token's security stamp.</summary>
    public async ValueTask<bool> IsCurrentAsync(ClaimsPrincipal principal, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(principal);
        if (!Guid.TryParse(principal.FindFirstValue(Viewer.UserIdClaim), out var userId)
            || !Guid.TryParse(principal.FindFirstValue(AuthClaims.SecurityStamp), out var stamp))
            return false;
        if (principal.FindFirstValue(AuthClaims.Expires) is { } exp && long.TryParse(exp, out var seconds)
            && DateTimeOffset.FromUnixTimeSeconds(seconds) <= time.GetUtcNow())
            return false;

        var current = await users.GetAsync(userId, cancellationToken);
        return current is { Status: UserStatus.Active } && current.SecurityStamp == stamp;
    }

    /// <summary>Signature, issuer, audience and lifetime checks, shared with the JWT bearer handler.</summary>
    public TokenValidationParameters CreateParameters()
    {
        var jwt = options.Value;
        return new TokenValidationParameters
        {
            ValidIssuer = jwt.Issuer,
            ValidAudience = jwt.Audience,
            IssuerSigningKey = TokenService.SigningKey(jwt),
            ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
            RequireExpirationTime = true,
            RequireSignedTokens = true,
            ClockSkew = ClockSkew,
            NameClaimType = Viewer.UsernameClaim,
            RoleClaimType = Viewer.RoleClaim,
            // The injected clock decides expiry, so tests and the rest of the app agree on "now".
            LifetimeValidator = (notBefore, expires, _, _) =>
            {
                var now = time.GetUtcNow().UtcDateTime;
                return expires is { } e && e + ClockSkew > now && (notBefore is not { } nb || nb - ClockSkew <= now);
            },
        };
    }
}
