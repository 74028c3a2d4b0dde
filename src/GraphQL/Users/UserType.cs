using CapConduit.Persistence.Users;
using GraphQL.Types;

namespace CapConduit.Api.Users;

/// <summary>GraphQL type <c>User</c>. The password hash and security stamp are never exposed.</summary>
public sealed class UserType : ObjectGraphType<User>
{
    public UserType()
    {
        Name = "User";
        Description = "An account: admin, staff member or seller.";
        Field(u => u.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("Unique id of the user.");
        Field(u => u.Username).Description("Sign-in name, 3–80 characters, unique ignoring case.");
        Field(u => u.Email).Description("E-mail address, unique ignoring case.");
        Field(u => u.Role, type: typeof(NonNullGraphType<RoleType>)).Description("What the user may do.");
        Field(u => u.Status, type: typeof(NonNullGraphType<UserStatusType>)).Description("Whether the user may sign in.");
        Field(u => u.FullName, nullable: true).Description("The person's full name.");
        Field(u => u.CompanyName, nullable: true).Description("The company the user works for.");
        Field(u => u.TimeZone).Description("IANA time zone (e.g. Europe/Paris) for day boundaries in reports and caps.");
        Field(u => u.CreatedAt).Description("When the user was created.");
        Field(u => u.UpdatedAt).Description("When the user was last changed.");
    }
}
