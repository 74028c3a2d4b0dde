using CapConduit.Persistence.Users;
using CapConduit.Testing;

namespace CapConduit.Api.Tests.Support;

/// <summary>Inserts users straight into the test database; every password is <see cref="Password"/>.</summary>
public static class TestUsers
{
    public const string Password = "correct horse battery";

    // Hashing is deliberately slow; one hash serves every test user.
    private static readonly Lazy<string> PasswordHash = new(() => PasswordHashing.Hash(Password));

    public static async Task<User> AddAsync(
        PostgresFixture postgres, string username, UserRole role, UserStatus status = UserStatus.Active)
    {
        var now = DateTimeOffset.UtcNow;
        var user = new User
        {
            Id = Guid.CreateVersion7(now),
            Username = username,
            Email = $"{username.ToLowerInvariant()}@users.example",
            PasswordHash = PasswordHash.Value,
            Role = role,
            Status = status,
            FullName = username + " Fullname",
            TimeZone = "UTC",
            SecurityStamp = Guid.NewGuid(),
            CreatedAt = now,
            UpdatedAt = now,
        };
        await using var db = postgres.CreateDbContext();
        db.Users.Add(user);
        await db.SaveChangesAsync();
        return user;
    }

    /// <summary>A username no other test in the class uses.</summary>
    public static string Unique(string stem) => $"{stem}_{Guid.NewGuid().ToString("N")[..8]}";
}
