namespace CapConduit.Api.Schema.Errors;

/// <summary>A business or validation failure returned in a mutation payload's <c>errors</c> list.</summary>
/// <param name="Code">Stable machine-readable code, e.g. <c>DUPLICATE_NAME</c>.</param>
/// <param name="Message">Human-readable explanation.</param>
/// <param name="Field">Path to the input field at fault, e.g. <c>["input", "name"]</c>; empty when not field-specific.</param>
public sealed record UserError(string Code, string Message, IReadOnlyList<string> Field)
{
    public UserError(string code, string message)
        : this(code, message, [])
    {
    }
}
