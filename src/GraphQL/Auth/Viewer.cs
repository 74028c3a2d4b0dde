using System.Security.Claims;
using CapConduit.Persistence.Users;

namespace CapConduit.Api.Auth;

/// <summary>
/// Who is asking, read from the validated access token. Sellers are scoped to their own objects
/// (<see cref="SellerScope"/>); staff and admins see everything.
/// </summary>
public sealed record Viewer(Guid UserId, string Username, UserRole Role, string TimeZone)
{
    public const string RoleClaim = "role";
    public const string UserIdClaim = "sub";
    public const string UsernameClaim = "name";
    public const string TimeZoneClaim = "tz";

    public bool IsAdmin => Role == UserRole.Admin;
    public bool IsStaffOrAdmin => Role is UserRole.Admin or UserRole.Staff;

    /// <summary>The seller whose objects this viewer may see, or null when the viewer sees every seller's.</summary>
    public Guid? SellerScope => Role == UserRole.Seller ? UserId : null;

    public static Viewer? From(ClaimsPrincipal? principal)
    {
        if (principal?.Identity?.IsAuthenticated != true)
            return null;
        if (!Guid.TryParse(principal.FindFirstValue(UserIdClaim), out var id))
            return null;
        if (!Enum.TryParse<UserRole>(principal.FindFirstValue(RoleClaim), ignoreCase: true, out var role))
            return null;
        return new Viewer(id, principal.FindFirstValue(UsernameClaim) ?? "", role,
            principal.FindFirstValue(TimeZoneClaim) ?? "UTC");
    }
}
