using CapConduit.Persistence.Users;
using GraphQL.Types;

namespace CapConduit.Api.Users;

/// <summary>GraphQL enum <c>UserStatus</c> (PRODUCT.md §1).</summary>
public sealed class UserStatusType : EnumerationGraphType<UserStatus>
{
    public UserStatusType()
    {
        Name = "UserStatus";
        Description = "Account status; only ACTIVE users can sign in, and leaving ACTIVE voids the user's tokens at once.";
        Values["ACTIVE"]!.Description = "May sign in.";
        Values["INACTIVE"]!.Description = "Disabled; may not sign in.";
        Values["PENDING_APPROVAL"]!.Description = "Registered, waiting for an admin; may not sign in.";
        Values["SUSPENDED"]!.Description = "Blocked by an admin; may not sign in.";
    }
}
