using CapConduit.Persistence.Users;
using GraphQL.Types;

namespace CapConduit.Api.Users;

/// <summary>Input of <c>createUser</c>.</summary>
public sealed class CreateUserInput
{
    public string Username { get; init; } = "";
    public string Email { get; init; } = "";
    public string Password { get; init; } = "";
    public UserRole Role { get; init; }
    public UserStatus? Status { get; init; }
    public string? FullName { get; init; }
    public string? CompanyName { get; init; }
    public string? TimeZone { get; init; }
}

/// <summary>GraphQL input <c>CreateUserInput</c>.</summary>
public sealed class CreateUserInputType : InputObjectGraphType<CreateUserInput>
{
    public CreateUserInputType()
    {
        Name = "CreateUserInput";
        Description = "A new user.";
        Field(i => i.Username).Description("Sign-in name, 3–80 characters without spaces, unique ignoring case.");
        Field(i => i.Email).Description("E-mail address, unique ignoring case.");
        Field(i => i.Password).Description("At least 8 characters; stored only as a slow salted hash.");
        Field(i => i.Role, type: typeof(NonNullGraphType<RoleType>)).Description("What the user may do.");
        Field(i => i.Status, type: typeof(UserStatusType)).Description("Initial status; ACTIVE when omitted.");
        Field(i => i.FullName, nullable: true).Description("The person's full name (at most 200 characters).");
        Field(i => i.CompanyName, nullable: true).Description("The user's company (at most 200 characters).");
        Field(i => i.TimeZone, nullable: true).Description("IANA time zone; UTC when omitted.");
    }
}
