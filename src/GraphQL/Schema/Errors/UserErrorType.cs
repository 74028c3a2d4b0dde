using GraphQL.Types;

namespace CapConduit.Api.Schema.Errors;

/// <summary>GraphQL type of <see cref="UserError"/>, used as <c>errors: [UserError!]!</c> in mutation payloads.</summary>
public sealed class UserErrorType : ObjectGraphType<UserError>
{
    public UserErrorType()
    {
        Name = "UserError";
        Description = "A business or validation failure of a mutation; the mutation changed nothing.";
        Field(e => e.Code).Description("Stable machine-readable code of the failure.");
        Field(e => e.Message).Description("Human-readable explanation of the failure.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("field")
            .Description("Path to the input field at fault, e.g. [\"input\", \"name\"]; empty when not field-specific.")
            .Resolve(ctx => ctx.Source.Field);
    }
}
