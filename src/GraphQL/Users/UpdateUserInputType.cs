using CapConduit.Persistence.Users;
using GraphQL.Types;

namespace CapConduit.Api.Users;

/// <summary>Input of <c>updateUser</c>: remembers which fields were given, so only those change.</summary>
public sealed class UpdateUserInput(IDictionary<string, object?> values)
{
    public Guid? Id => UserInputs.ParseId(values.TryGetValue("id", out var id) ? id : null);

    public bool Has(string field) => values.ContainsKey(field);

    public string? Text(string field) => values.TryGetValue(field, out var value) ? value as string : null;

    public UserRole? Role => values.TryGetValue("role", out var value) ? value as UserRole? : null;

    public UserStatus? Status => values.TryGetValue("status", out var value) ? value as UserStatus? : null;
}

/// <summary>GraphQL input <c>UpdateUserInput</c>.</summary>
public sealed class UpdateUserInputType : InputObjectGraphType<UpdateUserInput>
{
    public UpdateUserInputType()
    {
        Name = "UpdateUserInput";
        Description = "Changes to a user; only the fields given change. A role or status change signs the user out everywhere.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Id of the user to change.");
        Field<StringGraphType>("username").Description("New sign-in name, 3–80 characters, unique ignoring case.");
        Field<StringGraphType>("email").Description("New e-mail address, unique ignoring case.");
        Field<RoleType>("role").Description("New role. You cannot change your own, nor demote the last active admin.");
        Field<UserStatusType>("status").Description("New status. You cannot change your own, nor deactivate the last active admin.");
        Field<StringGraphType>("fullName").Description("New full name; null clears it.");
        Field<StringGraphType>("companyName").Description("New company name; null clears it.");
        Field<StringGraphType>("timeZone").Description("New IANA time zone.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new UpdateUserInput(value);
}
