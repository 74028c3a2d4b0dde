using CapConduit.Persistence.Users;
using GraphQL.Types;

namespace CapConduit.Api.Users;

/// <summary>GraphQL enum <c>Role</c> (PRODUCT.md §1).</summary>
public sealed class RoleType : EnumerationGraphType<UserRole>
{
    public RoleType()
    {
        Name = "Role";
        Description = "What a user may do: ADMIN everything, STAFF read all and manage clients, SELLER only their own objects.";
        Values["ADMIN"]!.Description = "Everything, including user management.";
        Values["STAFF"]!.Description = "Reads everything; manages clients and their SIP configuration; no user management.";
        Values["SELLER"]!.Description = "Only their own DIDs, campaigns, links, call records and live events.";
    }
}
