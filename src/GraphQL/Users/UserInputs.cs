using GraphQL.Types;

namespace CapConduit.Api.Users;

/// <summary>Input of <c>setUserPassword</c>.</summary>
public sealed class SetUserPasswordInput
{
    public string Id { get; init; } = "";
    public string NewPassword { get; init; } = "";
    public string? CurrentPassword { get; init; }
}

/// <summary>GraphQL input <c>SetUserPasswordInput</c>.</summary>
public sealed class SetUserPasswordInputType : InputObjectGraphType<SetUserPasswordInput>
{
    public SetUserPasswordInputType()
    {
        Name = "SetUserPasswordInput";
        Description = "A new password. Admins may set anyone's; every user may set their own with the current password.";
        Field(i => i.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("Id of the user.");
        Field(i => i.NewPassword).Description("At least 8 characters.");
        Field(i => i.CurrentPassword, nullable: true).Description("The current password; required when changing your own.");
    }
}

/// <summary>Input of <c>deleteUser</c>.</summary>
public sealed class DeleteUserInput
{
    public string Id { get; init; } = "";
}

/// <summary>GraphQL input <c>DeleteUserInput</c>.</summary>
public sealed class DeleteUserInputType : InputObjectGraphType<DeleteUserInput>
{
    public DeleteUserInputType()
    {
        Name = "DeleteUserInput";
        Description = "The user to delete.";
        Field(i => i.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("Id of the user.");
    }
}

internal static class UserInputs
{
    public static Guid? ParseId(object? value) => value switch
    {
        Guid g => g,
        string s when Guid.TryParse(s, out var g) => g,
        _ => null,
    };
}
