using CapConduit.Api.Schema.Errors;
using CapConduit.Persistence.Users;
using GraphQL.Types;

namespace CapConduit.Api.Users;

/// <summary>Result of createUser, updateUser and setUserPassword.</summary>
public sealed record UserPayload(User? User, IReadOnlyList<UserError> Errors)
{
    public static UserPayload Failed(params UserError[] errors) => new(null, errors);
}

/// <summary>GraphQL type <c>UserPayload</c>.</summary>
public sealed class UserPayloadType : ObjectGraphType<UserPayload>
{
    public UserPayloadType()
    {
        Name = "UserPayload";
        Description = "The changed user, or errors (then nothing changed and user is null).";
        Field<UserType>("user").Description("The user as it is now.").Resolve(ctx => ctx.Source.User);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorType>>>>("errors")
            .Description("Validation and business-rule failures, e.g. USERNAME_TAKEN, EMAIL_TAKEN, LAST_ADMIN, CANNOT_CHANGE_SELF.")
            .Resolve(ctx => ctx.Source.Errors);
    }
}

/// <summary>Result of deleteUser.</summary>
public sealed record DeleteUserPayload(Guid? DeletedUserId, IReadOnlyList<UserError> Errors);

/// <summary>GraphQL type <c>DeleteUserPayload</c>.</summary>
public sealed class DeleteUserPayloadType : ObjectGraphType<DeleteUserPayload>
{
    public DeleteUserPayloadType()
    {
        Name = "DeleteUserPayload";
        Description = "Result of deleting a user.";
        Field<IdGraphType>("deletedUserId").Description("Id of the deleted user; null when nothing was deleted.").Resolve(ctx => ctx.Source.DeletedUserId);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorType>>>>("errors")
            .Description("Why nothing was deleted: CANNOT_DELETE_SELF, LAST_ADMIN, USER_HAS_DEPENDENTS.")
            .Resolve(ctx => ctx.Source.Errors);
    }
}
