namespace CapConduit.Persistence.Users;

/// <summary>An account: admin, staff member or seller (PRODUCT.md §1).</summary>
public sealed class User
{
    public Guid Id { get; set; }
    public string Username { get; set; } = "";
    public string Email { get; set; } = "";
    public string PasswordHash { get; set; } = "";
    public UserRole Role { get; set; }
    public UserStatus Status { get; set; }
    public string? FullName { get; set; }
    public string? CompanyName { get; set; }
    public string TimeZone { get; set; } = "UTC";

    /// <summary>
    /// Changes whenever status, role or password changes; access tokens carry it, so older tokens are refused on
    /// the very next request.
    /// </summary>
    public Guid SecurityStamp { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
