using CapConduit.Persistence.Users;
using GraphQL.Types;

namespace CapConduit.Api.Users;

/// <summary>Filters of the <c>users</c> list; all given filters must match.</summary>
public sealed class UserFilter
{
    public UserRole? Role { get; init; }
    public UserStatus? Status { get; init; }
    public string? Search { get; init; }
}

/// <summary>GraphQL input <c>UserFilter</c>.</summary>
public sealed class UserFilterInputType : InputObjectGraphType<UserFilter>
{
    public UserFilterInputType()
    {
        Name = "UserFilter";
        Description = "Narrows the users list; all given filters must match.";
        Field(f => f.Role, type: typeof(RoleType)).Description("Only users with this role.");
        Field(f => f.Status, type: typeof(UserStatusType)).Description("Only users with this status.");
        Field(f => f.Search, nullable: true).Description("Text found (ignoring case) in the username, e-mail, full name or company name.");
    }
}
