namespace CapConduit.Persistence.Users;

/// <summary>
/// One issued refresh token, stored only as a hash. Tokens rotate: each use replaces the token with a new one of
/// the same family; presenting a replaced token again revokes the whole family.
/// </summary>
public sealed class RefreshToken
{
    public Guid Id { get; set; }
    public Guid UserId { get; set; }
    public Guid FamilyId { get; set; }
    public string TokenHash { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
    public Guid? ReplacedById { get; set; }
    public User? User { get; set; }
}
