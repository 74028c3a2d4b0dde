using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using CapConduit.Persistence.Conventions;
using CapConduit.Persistence.Users;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CapConduit.Api.Auth;

/// <summary>
/// Issues access tokens (JWT, HS256, signed with Jwt:SigningKey) and refresh tokens (32 random bytes, base64url,
/// stored as a SHA-256 hash).
/// </summary>
public sealed class TokenService(IOptions<JwtOptions> options, TimeProvider time)
{
    private const int RefreshTokenBytes = 32;
    private readonly JsonWebTokenHandler _handler = new() { SetDefaultTimesOnTokenCreation = false };

    public AccessToken CreateAccessToken(User user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var jwt = options.Value;
        var now = time.GetUtcNow();
        var expires = now + jwt.AccessTokenLifetime;
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = jwt.Issuer,
            Audience = jwt.Audience,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = expires.UtcDateTime,
            SigningCredentials = new SigningCredentials(SigningKey(jwt), SecurityAlgorithms.HmacSha256),
            Subject = new ClaimsIdentity(
            [
                new Claim(Viewer.UserIdClaim, user.Id.ToString()),
                new Claim(Viewer.UsernameClaim, user.Username),
                new Claim(Viewer.RoleClaim, EnumText<UserRole>.Format(user.Role)),
                new Claim(Viewer.TimeZoneClaim, user.TimeZone),
                new Claim(AuthClaims.SecurityStamp, user.SecurityStamp.ToString()),
                new Claim(AuthClaims.TokenId, Guid.NewGuid().ToString("N")),
            ]),
        };
        // Whole seconds: exp is in seconds, so the reported expiry equals what validation enforces.
        return new AccessToken(_handler.CreateToken(descriptor), DateTimeOffset.FromUnixTimeSeconds(expires.ToUnixTimeSeconds()));
    }

    /// <summary>Creates a new refresh token of <paramref name="familyId"/>; the caller adds the entity and saves.</summary>
    public (IssuedRefreshToken Token, RefreshToken Entity) CreateRefreshToken(Guid userId, Guid familyId)
    {
        var now = time.GetUtcNow();
        var token = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(RefreshTokenBytes));
        var entity = new RefreshToken
        {
            Id = Guid.CreateVersion7(now),
            UserId = userId,
            FamilyId = familyId,
            TokenHash = HashRefreshToken(token),
            CreatedAt = now,
            ExpiresAt = now + options.Value.RefreshTokenLifetime,
        };
        return (new IssuedRefreshToken(token, entity.ExpiresAt), entity);
    }

    /// <summary>SHA-256 of the token as lowercase hex: what <see cref="RefreshToken.TokenHash"/> holds.</summary>
    public static string HashRefreshToken(string token) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    internal static SymmetricSecurityKey SigningKey(JwtOptions jwt) =>
        new(Encoding.UTF8.GetBytes(jwt.SigningKey
            ?? throw new InvalidOperationException("Jwt:SigningKey is not set; set Jwt__SigningKey to a random secret of at least 32 bytes.")));
}
