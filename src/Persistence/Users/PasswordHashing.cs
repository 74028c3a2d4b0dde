using Microsoft.AspNetCore.Identity;

namespace CapConduit.Persistence.Users;

/// <summary>
/// Salted PBKDF2 (HMAC-SHA512, 100,000 iterations: ASP.NET Core Identity's v3 format), the slow hash PRODUCT.md §1
/// asks for. Passwords are never stored or logged in any other form.
/// </summary>
public static class PasswordHashing
{
    private static readonly PasswordHasher<User> Hasher = new();

    public static string Hash(string password) => Hasher.HashPassword(null!, password);

    public static bool Verify(string hash, string password) =>
        Hasher.VerifyHashedPassword(null!, hash, password) is PasswordVerificationResult.Success
            or PasswordVerificationResult.SuccessRehashNeeded;
}
